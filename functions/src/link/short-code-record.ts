import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { codeError } from '../codes/code-errors.js';
import { updateIf } from '../codes/single-use-code.js';
import { checkedItem } from '../platform/checked-read.js';
import { epochSeconds } from '../platform/clock.js';
import { conditionalWrite } from '../platform/conditional.js';
import type { Deps } from '../platform/deps.js';
import { type Journey, newShortCode, ShortCodeKeys } from './short-code.js';

/** Wrong tries a code survives: the third kills it (SECURITY.md row 51). */
export const MISSES_PER_CODE = 3;

/**
 * The short code record (`SHORT#<hmac of the first group>` / `SHORT`): the typed twin of one QR. It
 * holds the QR's token sealed under the whole code, so the phone that types the code gets exactly
 * what scanning gives.
 */
const shortCodeSchema = z.object({
  pk: z.string(),
  sk: z.literal('SHORT'),
  journey: z.enum(['link', 'add']),
  proof: z.string(),
  sealed: z.string(),
  /** The QR's id (SHA-256 of its token): a typed link code must then be approved on the computer. */
  codeId: z.string(),
  redeemed: z.boolean(),
  misses: z.number(),
  /** Epoch seconds: the QR's own expiry, checked on every read (also the TTL attribute). */
  expiresAt: z.number(),
});

export type ShortCodeItem = z.infer<typeof shortCodeSchema>;

const itemKey = (lookup: string) => ({ pk: `SHORT#${lookup}`, sk: 'SHORT' as const });

let keys: { secret: string; keys: ShortCodeKeys } | undefined;
export async function shortCodeKeys(deps: Deps) {
  const secret = await deps.oidcClientSecret();
  if (keys?.secret !== secret) keys = { secret, keys: new ShortCodeKeys(secret) };
  return keys.keys;
}

/**
 * Makes the typed twin of a QR. The first group is only 20 bits, so it may collide with a live code:
 * the write only takes a free or dead slot, and a collision draws a new code.
 */
export async function createShortCode(
  deps: Deps,
  input: { journey: Journey; token: string; codeId: string; expiresAt: number },
): Promise<string> {
  const sealer = await shortCodeKeys(deps);
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const code = newShortCode();
    const item: ShortCodeItem = {
      ...itemKey(sealer.lookup(code)),
      journey: input.journey,
      proof: sealer.proof(code),
      sealed: sealer.seal(code, input.token),
      codeId: input.codeId,
      redeemed: false,
      misses: 0,
      expiresAt: input.expiresAt,
    };
    const written = await conditionalWrite(
      deps.db.send(
        new PutCommand({
          TableName: deps.config.TABLE_NAME,
          Item: item,
          ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :now',
          ExpressionAttributeValues: { ':now': epochSeconds(deps.clock.now()) },
        }),
      ),
    );
    if (written) return code;
  }
  throw new Error('No free short code after 8 draws: the code space is too full.');
}

/** The typed code's refusals (`short_code_<reason>`), built where every code's are (codes/code-errors.ts). */
export const shortCodeErrors = {
  malformed: () => codeError('short', 'malformed'),
  wrong: () => codeError('short', 'wrong'),
  dead: () => codeError('short', 'dead'),
  used: () => codeError('short', 'used'),
  expired: () => codeError('short', 'expired'),
  forLink: () => codeError('short', 'for_link'),
  forAdd: () => codeError('short', 'for_add'),
};

/** One strongly consistent read: a code just redeemed or killed elsewhere must never look usable. */
async function readShortCode(deps: Deps, Key: ReturnType<typeof itemKey>) {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.config.TABLE_NAME, Key, ConsistentRead: true }),
  );
  return checkedItem('short code', shortCodeSchema, Item);
}

/**
 * Trades a typed code for its QR's token (SECURITY.md rows 51, 53). A wrong second group counts
 * against the code it names; the code dies at its third miss. The right code for the other journey
 * is refused without being used up, so the citizen can type it on the right screen.
 */
export async function redeemShortCode(deps: Deps, code: string, journey: Journey) {
  const sealer = await shortCodeKeys(deps);
  const Key = itemKey(sealer.lookup(code));
  const now = epochSeconds(deps.clock.now());
  const item = await readShortCode(deps, Key);
  if (!item) return { miss: true as const };
  const proof = sealer.proof(code);
  if (item.proof !== proof) {
    // A slot whose code is over is free for the next one: nothing left there to protect.
    if (item.expiresAt <= now) return { miss: true as const };
    await updateIf(deps, Key, {
      set: 'ADD misses :one',
      condition: 'attribute_exists(pk)',
      values: { ':one': 1 },
    });
    return { miss: true as const };
  }
  const explain = (current: ShortCodeItem) => {
    if (current.misses >= MISSES_PER_CODE) return shortCodeErrors.dead();
    if (current.redeemed) return shortCodeErrors.used();
    if (current.expiresAt <= epochSeconds(deps.clock.now())) return shortCodeErrors.expired();
    if (current.journey !== journey)
      return current.journey === 'link' ? shortCodeErrors.forLink() : shortCodeErrors.forAdd();
    return undefined;
  };
  const refusal = explain(item);
  if (refusal) throw refusal;
  // Single use, and only while no third miss landed in between: one conditional write decides.
  const won = await updateIf(deps, Key, {
    set: 'SET redeemed = :yes',
    condition:
      'proof = :proof AND redeemed = :no AND misses < :max AND expiresAt > :now AND journey = :journey',
    values: {
      ':yes': true,
      ':no': false,
      ':proof': proof,
      ':max': MISSES_PER_CODE,
      ':now': epochSeconds(deps.clock.now()),
      ':journey': journey,
    },
  });
  if (!won) {
    const current = await readShortCode(deps, Key);
    throw (current && explain(current)) || shortCodeErrors.used();
  }
  return { miss: false as const, token: sealer.unseal(code, item.sealed), codeId: item.codeId };
}
