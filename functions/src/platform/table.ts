import { BatchGetCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Deps } from './deps.js';

/**
 * The commands records share: a put that never replaces, a partition read page by page, and a
 * strongly consistent read of items of several records at once (a status poll's session and code).
 * Record modules (`*-record.ts`, codes/single-use-code.ts) are the only files that talk to the table
 * (checks/storage-seam.test.ts); this one only serves them.
 */

/**
 * Writes a new item that must not replace another (a fresh random key never names an existing
 * item; the condition makes "never replaces" a rule rather than a likelihood).
 */
export async function putNew(deps: Deps, item: Record<string, unknown>): Promise<void> {
  await deps.db.send(
    new PutCommand({
      TableName: deps.config.TABLE_NAME,
      Item: item,
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/**
 * Every item of one partition (those whose sort key starts with `skPrefix`, if given), a page at a
 * time: a caller handles each page before the next is read, as the sweeps always did.
 */
export async function* partitionPages(
  deps: Deps,
  pk: string,
  skPrefix?: string,
): AsyncGenerator<Record<string, unknown>[]> {
  let start: Record<string, unknown> | undefined;
  do {
    const page = await deps.db.send(
      new QueryCommand({
        TableName: deps.config.TABLE_NAME,
        KeyConditionExpression: skPrefix === undefined ? 'pk = :pk' : 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues:
          skPrefix === undefined ? { ':pk': pk } : { ':pk': pk, ':prefix': skPrefix },
        ExclusiveStartKey: start,
      }),
    );
    start = page.LastEvaluatedKey;
    yield page.Items ?? [];
  } while (start);
}

export type ItemKey = { pk: string; sk: string };

const sameKey = (a: Record<string, unknown>, b: ItemKey) => a.pk === b.pk && a.sk === b.sk;

/**
 * Several items of the table in one strongly consistent request (BatchGetItem with ConsistentRead):
 * a status poll reads its session and its code together, one round trip instead of two (issue 14).
 * Each item comes back in the order of `keys`, `undefined` where there is none. DynamoDB may leave
 * keys unprocessed (throttling): those are read one by one, strongly consistent too, so the answer
 * is always whole.
 */
export async function readTogether(
  deps: Deps,
  keys: ItemKey[],
): Promise<(Record<string, unknown> | undefined)[]> {
  const table = deps.config.TABLE_NAME;
  const { Responses, UnprocessedKeys } = await deps.db.send(
    new BatchGetCommand({ RequestItems: { [table]: { Keys: keys, ConsistentRead: true } } }),
  );
  const found = Responses?.[table] ?? [];
  const unprocessed = UnprocessedKeys?.[table]?.Keys ?? [];
  return Promise.all(
    keys.map(async (key) => {
      if (!unprocessed.some((left) => sameKey(left, key))) return found.find((item) => sameKey(item, key));
      const { Item } = await deps.db.send(
        new GetCommand({ TableName: table, Key: key, ConsistentRead: true }),
      );
      return Item;
    }),
  );
}

/**
 * The item a guard read alongside the session for this route (auth/sessions.ts), when it is the one
 * at `key`: `{ item }` (the item, or undefined when there is none). Otherwise undefined, and the route
 * reads it itself: a guard's guess that did not match only costs a read, never skips one.
 */
export function readAlongside(
  alongside: { key: ItemKey; item: Record<string, unknown> | undefined } | undefined,
  key: ItemKey,
): { item: Record<string, unknown> | undefined } | undefined {
  return alongside && sameKey(alongside.key, key) ? { item: alongside.item } : undefined;
}
