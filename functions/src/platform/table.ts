import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Deps } from './deps.js';

/**
 * The two commands every record writes the same way. Record modules (`*-record.ts`,
 * codes/single-use-code.ts) are the only files that talk to the table (checks/storage-seam.test.ts);
 * this one only serves them.
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
