import type { MiddlewareHandler } from 'hono';
import { clientAddress } from './client-address.js';
import { epochSeconds } from './clock.js';
import { takeOne } from './counter-record.js';
import type { Deps } from './deps.js';
import { ApiError } from './errors.js';

/**
 * Whose allowance a call takes: an IPv4 address, or an IPv6 address's /64 (one subscriber's
 * network: a single home or phone can use any of its 2^64 addresses, so counting each apart would
 * bound nothing).
 */
export function allowanceHolder(address: string): string {
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '').replace(/%.*$/, '');
  if (!plain.includes(':')) return plain;
  const [head = '', tail] = plain.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** The window the allowance is counted in; the counter item lives two windows, by TTL. */
export const CREATION_WINDOW_SECONDS = 10 * 60;

const tooMany = () =>
  new ApiError(
    429,
    'too_many_requests',
    'Too many requests from your network in a short time. Wait a few minutes and try again.',
  );

/**
 * SECURITY.md row 43: routes anyone may call without a session that write an item (sign-in starts,
 * unlock and WebAuthn challenges) take one unit from their caller's allowance first, with one
 * conditional write, so of any number of calls sent at once at most
 * `ANONYMOUS_CREATES_PER_WINDOW` per client address and window ever write anything. Unlike the
 * guess limit, nothing is given back: every call that passes may leave an item. Those items and the
 * counter carry `expiresAt` (the table's TTL attribute), so the table cannot be filled anonymously.
 */
export function creationLimit(deps: Deps): MiddlewareHandler {
  const allowance = deps.config.ANONYMOUS_CREATES_PER_WINDOW;
  return async (c, next) => {
    const now = epochSeconds(deps.clock.now());
    const window = Math.floor(now / CREATION_WINDOW_SECONDS);
    const caller = allowanceHolder(clientAddress(c, deps));
    const expiresAt = (window + 2) * CREATION_WINDOW_SECONDS;
    if (!(await takeOne(deps, { kind: 'creation', caller, window }, allowance, expiresAt))) {
      // The next window opens at most CREATION_WINDOW_SECONDS from now.
      c.header('Retry-After', String((window + 1) * CREATION_WINDOW_SECONDS - now));
      throw tooMany();
    }
    await next();
  };
}
