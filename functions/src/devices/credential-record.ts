import { BatchWriteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { checkedItem } from '../platform/checked-read.js';
import type { Deps } from '../platform/deps.js';
import { putNew } from '../platform/table.js';

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

/** A new credential; refused (ConditionalCheckFailedException) when its id is stored already. */
export async function putNewCredential(deps: Deps, credential: Omit<Credential, 'pk' | 'sk'>): Promise<void> {
  await putNew(deps, { ...credentialKey(credential.credentialId), ...credential });
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
