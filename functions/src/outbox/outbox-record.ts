import { DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { checkedItems } from '../platform/checked-read.js';
import { conditionalWrite } from '../platform/conditional.js';
import type { Deps } from '../platform/deps.js';
import { partitionPages, putNew } from '../platform/table.js';

/**
 * The outbox entry record (`OUTBOX` / `MAIL#<id>`): one email to send, as data (outbox.ts composes
 * it at each attempt), with its tries and, while an attempt holds it, its lease.
 */
export const OUTBOX_KINDS = ['link-confirmation'] as const;
const OUTBOX_PK = 'OUTBOX';

const entrySchema = z.object({
  pk: z.literal(OUTBOX_PK),
  sk: z.string(),
  kind: z.enum(OUTBOX_KINDS),
  /** Everything the composer needs; never a token. */
  data: z.record(z.string(), z.string()),
  tries: z.number(),
  /** Epoch milliseconds, as are createdAt and leaseUntil. */
  nextAttemptAt: z.number(),
  createdAt: z.number(),
  /** Epoch seconds: the TTL attribute. */
  expiresAt: z.number(),
  leaseUntil: z.optional(z.number()),
});

export type OutboxEntry = z.infer<typeof entrySchema>;
export type OutboxKind = OutboxEntry['kind'];

const entryKey = (entry: Pick<OutboxEntry, 'pk' | 'sk'>) => ({ pk: entry.pk, sk: entry.sk });

export const outboxSk = (id: string) => `MAIL#${id}`;

/** A new id: an entry is never replaced by another. */
export async function putNewEntry(deps: Deps, fields: Omit<OutboxEntry, 'pk'>): Promise<OutboxEntry> {
  const entry: OutboxEntry = { pk: OUTBOX_PK, ...fields };
  await putNew(deps, entry);
  return entry;
}

/**
 * Takes the entry for one attempt: counts the try and holds a lease, only if nobody took it since it
 * was read (same tries), it is due, and no other attempt's lease runs. False when another holds it.
 */
export function leaseEntry(
  deps: Deps,
  entry: OutboxEntry,
  now: number,
  leaseUntil: number,
): Promise<boolean> {
  return conditionalWrite(
    deps.db.send(
      new UpdateCommand({
        TableName: deps.config.TABLE_NAME,
        Key: entryKey(entry),
        UpdateExpression: 'SET leaseUntil = :lease, tries = :tries',
        ConditionExpression:
          'tries = :before AND nextAttemptAt <= :now AND (attribute_not_exists(leaseUntil) OR leaseUntil <= :now)',
        ExpressionAttributeValues: {
          ':lease': leaseUntil,
          ':tries': entry.tries + 1,
          ':before': entry.tries,
          ':now': now,
        },
      }),
    ),
  );
}

/** Sent or given up: the entry goes. */
export async function deleteEntry(deps: Deps, entry: OutboxEntry): Promise<void> {
  await deps.db.send(new DeleteCommand({ TableName: deps.config.TABLE_NAME, Key: entryKey(entry) }));
}

/** Not sent: the lease is given back and the next attempt waits until `nextAttemptAt`. */
export async function scheduleRetry(deps: Deps, entry: OutboxEntry, tries: number, nextAttemptAt: number) {
  await deps.db.send(
    new UpdateCommand({
      TableName: deps.config.TABLE_NAME,
      Key: entryKey(entry),
      UpdateExpression: 'SET nextAttemptAt = :next REMOVE leaseUntil',
      // Only the attempt that counted this try: a later one owns the entry now.
      ConditionExpression: 'tries = :tries',
      ExpressionAttributeValues: { ':next': nextAttemptAt, ':tries': tries },
    }),
  );
}

/** Every entry, a page at a time, each checked. */
export async function* outboxPages(deps: Deps): AsyncGenerator<OutboxEntry[]> {
  for await (const items of partitionPages(deps, OUTBOX_PK))
    yield checkedItems('outbox entry', entrySchema, items);
}
