import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Deps } from '../platform/deps.js';

/**
 * One `UpdateItem` on the table: true when it was written, false when its condition did not hold.
 * `#status` (a DynamoDB reserved word) is the only attribute name the short-code code needs mapped.
 */
export async function conditionalWrite(
  deps: Deps,
  Key: Record<string, string>,
  update: string,
  condition: string | undefined,
  values: Record<string, unknown>,
): Promise<boolean> {
  const expressions = `${update} ${condition}`;
  try {
    await deps.db.send(
      new UpdateCommand({
        TableName: deps.config.TABLE_NAME,
        Key,
        UpdateExpression: update,
        ConditionExpression: condition,
        ExpressionAttributeValues: values,
        ...(expressions.includes('#status') ? { ExpressionAttributeNames: { '#status': 'status' } } : {}),
      }),
    );
    return true;
  } catch (error) {
    if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    return false;
  }
}
