import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { conditionalWrite } from './conditional.js';
import type { Deps } from './deps.js';
import { hashToken } from './tokens.js';

/**
 * The counter records of the two rate limits, one item per caller and window, both kept by TTL
 * (`expiresAt`):
 * - `RATE#<hash of the caller's allowance holder>#<window>` / `RATE`, attribute `calls`: what a caller
 *   without a session may create (creation-limit.ts);
 * - `GUESS#<hash of the caller's address>#<window>` / `GUESS`, attribute `tries`: how many tokens a
 *   caller may guess (guess-limit.ts);
 * - `SHORTTRIES#<hash of the caller's address>#<window>` / `SHORTTRIES`, attribute `tries`: how many
 *   typed short codes a caller may try (link/short-code-routes.ts).
 * Only the hash of an address is a key: the table holds no client address.
 */
export type Counter = { kind: 'creation' | 'guess' | 'shortCode'; caller: string; window: number };

const ATTRIBUTE = { creation: 'calls', guess: 'tries', shortCode: 'tries' } as const;
const PREFIX = { creation: 'RATE', guess: 'GUESS', shortCode: 'SHORTTRIES' } as const;

export const counterKey = ({ kind, caller, window }: Counter) => ({
  pk: `${PREFIX[kind]}#${hashToken(caller)}#${window}`,
  sk: PREFIX[kind],
});

/**
 * Takes one unit, in one conditional write, unless `max` are taken already: of any number of calls
 * sent at once at most `max` pass. False when none is left.
 */
export function takeOne(deps: Deps, counter: Counter, max: number, expiresAt: number): Promise<boolean> {
  const attribute = ATTRIBUTE[counter.kind];
  return conditionalWrite(
    deps.db.send(
      new UpdateCommand({
        TableName: deps.config.TABLE_NAME,
        Key: counterKey(counter),
        UpdateExpression: `ADD ${attribute} :one SET expiresAt = :expires`,
        ConditionExpression: `attribute_not_exists(${attribute}) OR ${attribute} < :max`,
        ExpressionAttributeValues: { ':one': 1, ':max': max, ':expires': expiresAt },
      }),
    ),
  );
}

/** Gives a unit back (a guess that was not a miss, a right short code). Unconditional: an item gone by TTL comes back at -1, harmless. */
export async function giveOneBack(deps: Deps, counter: Counter): Promise<void> {
  const attribute = ATTRIBUTE[counter.kind];
  await deps.db.send(
    new UpdateCommand({
      TableName: deps.config.TABLE_NAME,
      Key: counterKey(counter),
      UpdateExpression: `ADD ${attribute} :minusOne`,
      ExpressionAttributeValues: { ':minusOne': -1 },
    }),
  );
}
