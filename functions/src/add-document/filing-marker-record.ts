import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { checkedItems } from '../platform/checked-read.js';
import { conditionalWrite } from '../platform/conditional.js';
import type { Deps } from '../platform/deps.js';
import { partitionPages } from '../platform/table.js';

/**
 * The filing marker record (`SWEEP#FILING` / `UPLOAD_CODE#<codeId>`): one item per upload code that
 * started filing and may need resuming; the sweep reads this one partition (filing.ts).
 */
const PENDING_PK = 'SWEEP#FILING';

const markerSchema = z.object({
  pk: z.literal(PENDING_PK),
  sk: z.string(),
  codeId: z.string(),
  /** Epoch milliseconds: when filing (last) started. */
  at: z.number(),
  /** Epoch seconds: the code's own TTL. */
  expiresAt: z.number(),
});

export type FilingMarker = z.infer<typeof markerSchema>;

const markerKey = (codeId: string) => ({ pk: PENDING_PK, sk: `UPLOAD_CODE#${codeId}` });

/**
 * Marks a code as filing, before it is consumed. The key is the code's, so a marker can only ever
 * replace the same code's: that happens when a code given back to its phone is filed again, or when
 * a request retries. The condition says which may be replaced: one no newer than this one, so a
 * late write from an earlier attempt never makes the marker look older than it is (the sweep drops
 * a marker by its age). Refused, the newer marker stays and serves as well.
 */
export async function markFiling(deps: Deps, codeId: string, at: number, expiresAt: number): Promise<void> {
  await conditionalWrite(
    deps.db.send(
      new PutCommand({
        TableName: deps.config.TABLE_NAME,
        Item: { ...markerKey(codeId), codeId, at, expiresAt },
        ConditionExpression: 'attribute_not_exists(pk) OR #at <= :at',
        ExpressionAttributeNames: { '#at': 'at' },
        ExpressionAttributeValues: { ':at': at },
      }),
    ),
  );
}

/** The sweep no longer needs to look at this code (best effort: a stale marker is dropped later). */
export async function forgetFiling(deps: Deps, codeId: string): Promise<void> {
  await deps.db
    .send(new DeleteCommand({ TableName: deps.config.TABLE_NAME, Key: markerKey(codeId) }))
    .catch(() => undefined);
}

/** Every marker, a page at a time, each checked. */
export async function* filingMarkerPages(deps: Deps): AsyncGenerator<FilingMarker[]> {
  for await (const items of partitionPages(deps, PENDING_PK))
    yield checkedItems('filing marker', markerSchema, items);
}
