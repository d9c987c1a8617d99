import { BatchWriteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { checkedItem } from '../platform/checked-read.js';
import { conditionalWrite } from '../platform/conditional.js';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import { addCredentialId, clearCredentialIds, type Device } from './device-record.js';

/** The WebAuthn credential record (`CRED#<credentialId>` / `CRED`), bound to the one device that registered it. */
const credentialSchema = z.object({
  pk: z.string(),
  sk: z.literal('CRED'),
  credentialId: z.string(),
  citizenId: z.string(),
  deviceId: z.string(),
  /** COSE public key, base64url. */
  publicKey: z.string(),
  counter: z.number(),
  transports: z.optional(z.array(z.string())),
  createdAt: z.string(),
});

export type Credential = z.infer<typeof credentialSchema>;

export const credentialKey = (credentialId: string) => ({ pk: `CRED#${credentialId}`, sk: 'CRED' as const });

export async function readCredential(deps: Deps, credentialId: string) {
  const { Item } = await deps.db.send(
    new GetCommand({
      TableName: deps.config.TABLE_NAME,
      Key: credentialKey(credentialId),
      ConsistentRead: true,
    }),
  );
  return checkedItem('credential', credentialSchema, Item);
}

/**
 * Stores a new credential and binds it to its device. A credential id that exists already is a 409
 * (SECURITY.md row 18): the same authenticator cannot be registered twice, nor moved to another device.
 */
export async function saveCredential(deps: Deps, credential: Omit<Credential, 'pk' | 'sk'>) {
  await conditionalWrite(
    deps.db.send(
      new PutCommand({
        TableName: deps.config.TABLE_NAME,
        Item: { ...credentialKey(credential.credentialId), ...credential },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    ),
    () =>
      new ApiError(
        409,
        'credential_exists',
        'Face or fingerprint unlock is already set up with this authenticator.',
      ),
  );
  const bound = await addCredentialId(deps, credential, credential.credentialId).catch(
    async (error: unknown) => {
      await deleteCredentials(deps, [credential.credentialId]);
      throw error;
    },
  );
  if (!bound) {
    // Unlinked or locked meanwhile: the credential must not outlive its device.
    await deleteCredentials(deps, [credential.credentialId]);
    throw new ApiError(
      410,
      'device_unlinked',
      'This device is no longer linked to your account. Link it again.',
    );
  }
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
  await clearCredentialIds(deps, device);
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
