import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'hono';
import { epochSeconds } from '../platform/clock.js';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import { hashToken } from '../platform/tokens.js';

const WINDOW_SECONDS = 10 * 60;
const ALLOWED_MISSES = 5;

/**
 * Who is asking, as far as we can tell. Behind CloudFront, the viewer-request function
 * (infra/lib/web.ts, FORWARD_VIEWER) writes `X-Viewer-Address` on every request, replacing whatever
 * the client sent. Locally every caller shares one bucket, which only matters to someone guessing
 * codes on their own machine.
 */
function callerOf(c: Context): string {
  return c.req.header('x-viewer-address') ?? 'direct';
}

const guessKey = (c: Context, now: number) => ({
  pk: `GUESS#${hashToken(callerOf(c))}#${Math.floor(now / WINDOW_SECONDS)}`,
  sk: 'GUESS' as const,
});

const tooMany = () =>
  new ApiError(
    429,
    'too_many_attempts',
    'Too many codes that are not valid. Wait a few minutes and try again.',
  );

/**
 * SECURITY.md row 4: random, truncated or malformed codes all get the same answer, and after a few
 * within ten minutes the caller is refused for the rest of the window. A 256-bit code cannot be
 * guessed anyway; this keeps someone from using the API as a free oracle or load generator.
 */
export async function limitGuesses<T>(deps: Deps, c: Context, attempt: () => Promise<T>): Promise<T> {
  const table = deps.config.TABLE_NAME;
  const key = guessKey(c, epochSeconds(deps.clock.now()));
  const { Item } = await deps.db.send(new GetCommand({ TableName: table, Key: key }));
  if (Number(Item?.misses ?? 0) >= ALLOWED_MISSES) throw tooMany();
  try {
    return await attempt();
  } catch (error) {
    if (error instanceof ApiError && error.code === 'link_code_invalid') {
      await deps.db.send(
        new UpdateCommand({
          TableName: table,
          Key: key,
          UpdateExpression: 'ADD misses :one SET expiresAt = :expires',
          ExpressionAttributeValues: {
            ':one': 1,
            ':expires': epochSeconds(deps.clock.now()) + 2 * WINDOW_SECONDS,
          },
        }),
      );
    }
    throw error;
  }
}
