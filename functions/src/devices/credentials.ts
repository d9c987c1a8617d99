import { BatchWriteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import { type Device, deviceKey } from './model.js';

/** A WebAuthn credential (`CRED#<credentialId>`), bound to the one device that registered it. */
export interface Credential {
  pk: string;
  sk: 'CRED';
  credentialId: string;
  citizenId: string;
  deviceId: string;
  /** COSE public key, base64url. */
  publicKey: string;
  counter: number;
  transports?: string[];
  createdAt: string;
}

export const credentialKey = (credentialId: string) => ({ pk: `CRED#${credentialId}`, sk: 'CRED' as const });

export async function readCredential(deps: Deps, credentialId: string) {
  const { Item } = await deps.db.send(
    new GetCommand({
      TableName: deps.config.TABLE_NAME,
      Key: credentialKey(credentialId),
      ConsistentRead: true,
    }),
  );
  return Item as Credential | undefined;
}

/**
 * Stores a new credential and binds it to its device. A credential id that exists already is a 409
 * (SECURITY.md row 18): the same authenticator cannot be registered twice, nor moved to another device.
 */
export async function saveCredential(deps: Deps, credential: Omit<Credential, 'pk' | 'sk'>) {
  await deps.db
    .send(
      new PutCommand({
        TableName: deps.config.TABLE_NAME,
        Item: { ...credentialKey(credential.credentialId), ...credential },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    )
    .catch((error: Error) => {
      if (error.name === 'ConditionalCheckFailedException') {
        throw new ApiError(
          409,
          'credential_exists',
          'Face or fingerprint unlock is already set up with this authenticator.',
        );
      }
      throw error;
    });
  await deps.db
    .send(
      new UpdateCommand({
        TableName: deps.config.TABLE_NAME,
        Key: deviceKey(credential.citizenId, credential.deviceId),
        UpdateExpression: 'SET credentialIds = list_append(credentialIds, :id)',
        ConditionExpression: 'attribute_exists(pk) AND #status = :active',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':id': [credential.credentialId], ':active': 'active' },
      }),
    )
    .catch(async (error: Error) => {
      // Unlinked or locked meanwhile: the credential must not outlive its device.
      await deleteCredentials(deps, [credential.credentialId]);
      if (error.name === 'ConditionalCheckFailedException') {
        throw new ApiError(
          410,
          'device_unlinked',
          'This device is no longer linked to your account. Link it again.',
        );
      }
      throw error;
    });
}

export async function deleteCredentials(deps: Deps, credentialIds: string[]) {
  for (let i = 0; i < credentialIds.length; i += 25) {
    await deps.db.send(
      new BatchWriteCommand({
        RequestItems: {
          [deps.config.TABLE_NAME]: credentialIds
            .slice(i, i + 25)
            .map((id) => ({ DeleteRequest: { Key: credentialKey(id) } })),
        },
      }),
    );
  }
}

/** 'Face or fingerprint' off in settings: the device forgets its credentials, then they are deleted. */
export async function turnOffBiometrics(deps: Deps, device: Device) {
  await deps.db.send(
    new UpdateCommand({
      TableName: deps.config.TABLE_NAME,
      Key: deviceKey(device.citizenId, device.deviceId),
      UpdateExpression: 'SET credentialIds = :none',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':none': [] },
    }),
  );
  await deleteCredentials(deps, device.credentialIds);
}

export async function updateCounter(deps: Deps, credentialId: string, counter: number) {
  await deps.db.send(
    new UpdateCommand({
      TableName: deps.config.TABLE_NAME,
      Key: credentialKey(credentialId),
      UpdateExpression: 'SET #counter = :counter',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#counter': 'counter' },
      ExpressionAttributeValues: { ':counter': counter },
    }),
  );
}
