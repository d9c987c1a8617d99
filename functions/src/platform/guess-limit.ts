import type { MiddlewareHandler } from 'hono';
import { clientAddress } from './client-address.js';
import { epochSeconds } from './clock.js';
import { giveOneBack, takeOne } from './counter-record.js';
import type { Deps } from './deps.js';
import { ApiError } from './errors.js';

const WINDOW_SECONDS = 10 * 60;
export const ALLOWED_MISSES = 5;

/**
 * The answers that mean "this token (or device) does not exist": the only ones a guesser learns from.
 * A right token whose use fails for another reason (expired, used, claimed) gives its try back.
 */
const MISSES = new Set([
  'link_code_unknown',
  'upload_code_unknown',
  'unlink_link_invalid',
  'challenge_invalid',
  'device_unlinked',
]);

const tooMany = () =>
  new ApiError(
    429,
    'too_many_attempts',
    'Too many codes that are not valid. Wait a few minutes and try again.',
  );

/**
 * SECURITY.md rows 4 and 42, for every route that takes a token (link codes, upload codes, unlink
 * links, unlock challenges): each request takes a try from its caller's bucket with one conditional
 * write *before* the token is looked at, so of any number of guesses sent at once at most
 * ALLOWED_MISSES are ever evaluated per window; a request that turns out not to be a miss gives its
 * try back. The bucket is the caller's network address as only the edge (or the socket) knows it, so
 * a stranger's guesses never block an honest phone elsewhere.
 */
export function guessLimit(deps: Deps): MiddlewareHandler {
  return async (c, next) => {
    const now = epochSeconds(deps.clock.now());
    const counter = {
      kind: 'guess' as const,
      caller: clientAddress(c, deps),
      window: Math.floor(now / WINDOW_SECONDS),
    };
    if (!(await takeOne(deps, counter, ALLOWED_MISSES, now + 2 * WINDOW_SECONDS))) throw tooMany();
    let miss = false;
    try {
      await next();
      miss = c.error instanceof ApiError && MISSES.has(c.error.code);
    } catch (error) {
      miss = error instanceof ApiError && MISSES.has(error.code);
      throw error;
    } finally {
      if (!miss) await giveOneBack(deps, counter);
    }
  };
}
