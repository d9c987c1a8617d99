import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { checkedItem } from '../platform/checked-read.js';
import { epochSeconds } from '../platform/clock.js';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import { putNew } from '../platform/table.js';
import { hashToken, newToken } from '../platform/tokens.js';

/** Long enough to type a password or touch a fingerprint sensor; short enough to be useless later. */
const CHALLENGE_SECONDS = 120;

/** The challenge record (`CHALLENGE#<hash>` / `CHALLENGE`): one per unlock or WebAuthn ceremony. */
const challengeSchema = z.object({
  pk: z.string(),
  sk: z.literal('CHALLENGE'),
  purpose: z.enum(['unlock', 'webauthn-register', 'webauthn-unlock']),
  citizenId: z.string(),
  deviceId: z.string(),
  expiresAt: z.number(),
});

type Challenge = z.infer<typeof challengeSchema>;
export type ChallengePurpose = Challenge['purpose'];

const challengeKey = (challenge: string) => ({
  pk: `CHALLENGE#${hashToken(challenge)}`,
  sk: 'CHALLENGE' as const,
});

/** A fresh 256-bit challenge for one device and one purpose. */
export async function issueChallenge(
  deps: Deps,
  fields: { purpose: ChallengePurpose; citizenId: string; deviceId: string },
): Promise<string> {
  const challenge = newToken();
  const item: Challenge = {
    ...challengeKey(challenge),
    ...fields,
    expiresAt: epochSeconds(deps.clock.now()) + CHALLENGE_SECONDS,
  };
  await putNew(deps, item);
  return challenge;
}

const replayed = () =>
  new ApiError(401, 'challenge_invalid', 'This unlock attempt has expired or was already used. Try again.');

/**
 * Consumes a challenge (SECURITY.md row 15): the delete returns the item once, so a replayed
 * signature or WebAuthn response finds nothing. Expiry is read from the item, not left to TTL.
 */
export async function consumeChallenge(
  deps: Deps,
  challenge: string,
  expected: { purpose: ChallengePurpose; citizenId: string; deviceId: string },
): Promise<void> {
  const { Attributes } = await deps.db.send(
    new DeleteCommand({
      TableName: deps.config.TABLE_NAME,
      Key: challengeKey(challenge),
      ReturnValues: 'ALL_OLD',
    }),
  );
  const item = checkedItem('challenge', challengeSchema, Attributes);
  if (
    !item ||
    item.expiresAt <= epochSeconds(deps.clock.now()) ||
    item.purpose !== expected.purpose ||
    item.citizenId !== expected.citizenId ||
    item.deviceId !== expected.deviceId
  ) {
    throw replayed();
  }
}
