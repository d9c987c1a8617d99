import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { BrowserContext } from 'playwright-core';
import { inject } from 'vitest';
import { readConfig } from '../../../functions/src/platform/config.js';
import { createDeps } from '../../../functions/src/platform/deps.js';
import { hashToken } from '../../../functions/src/platform/tokens.js';

/** The running stack's table, bucket and mail, through the same modules the API uses. */
export function stackDeps() {
  return createDeps(readConfig(inject('stack').env));
}

/** Makes the browser's desktop session expire now, as the idle timeout would. */
export async function expireDesktopSession(context: BrowserContext) {
  const cookie = (await context.cookies()).find((candidate) => candidate.name.endsWith('passerelle_session'));
  if (!cookie) throw new Error('no desktop session in this browser');
  const deps = stackDeps();
  await deps.db.send(
    new UpdateCommand({
      TableName: deps.config.TABLE_NAME,
      Key: { pk: `SESSION#${hashToken(cookie.value)}`, sk: 'SESSION' },
      UpdateExpression: 'SET expiresAt = :past',
      ExpressionAttributeValues: { ':past': Math.floor(Date.now() / 1000) - 1 },
    }),
  );
}
