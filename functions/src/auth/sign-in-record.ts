import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { checkedItem } from '../platform/checked-read.js';
import type { Deps } from '../platform/deps.js';
import { putNew } from '../platform/table.js';
import { hashToken } from '../platform/tokens.js';

/**
 * The sign-in transaction record (`SIGNIN#<hash of the OpenID state>` / `SIGNIN`): what the callback
 * needs to finish one sign-in (PKCE verifier, nonce, where to go back), used once.
 */
const signInSchema = z.object({
  pk: z.string(),
  sk: z.literal('SIGNIN'),
  codeVerifier: z.string(),
  nonce: z.string(),
  returnTo: z.string(),
  /** Epoch seconds; also the TTL attribute. */
  expiresAt: z.number(),
});

export type SignInTransaction = z.infer<typeof signInSchema>;

const signInKey = (state: string) => ({ pk: `SIGNIN#${hashToken(state)}`, sk: 'SIGNIN' as const });

/** A fresh state's hash: a transaction is never replaced by another. */
export async function putNewSignIn(
  deps: Deps,
  state: string,
  fields: Omit<SignInTransaction, 'pk' | 'sk'>,
): Promise<void> {
  const transaction: SignInTransaction = { ...signInKey(state), ...fields };
  await putNew(deps, transaction);
}

/** Consumes the transaction: the delete hands it to one callback, so a replayed one finds nothing. */
export async function takeSignIn(deps: Deps, state: string): Promise<SignInTransaction | undefined> {
  const { Attributes } = await deps.db.send(
    new DeleteCommand({ TableName: deps.config.TABLE_NAME, Key: signInKey(state), ReturnValues: 'ALL_OLD' }),
  );
  return checkedItem('sign-in transaction', signInSchema, Attributes);
}
