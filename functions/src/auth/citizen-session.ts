import type { Context, MiddlewareHandler } from 'hono';
import { DEVICE_COOKIE } from '../devices/device-session.js';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import type { ItemKey } from '../platform/table.js';
import {
  type ReadAlongside,
  readSession,
  readSessionCookie,
  type Session,
  type SessionLifetime,
} from './sessions.js';

export const CITIZEN_COOKIE = 'passerelle_session';

export type CitizenEnv = {
  Variables: { session: Session; sessionToken: string; alongside: ReadAlongside | undefined };
};

/**
 * Which item the route behind a guard will read first, if the guard can tell from the request alone
 * (a status poll's code): the guard reads it with the session in one request (issue 14).
 */
export type AlongsideKey = (c: Context) => ItemKey | undefined;

export function citizenLifetime(deps: Deps): SessionLifetime {
  return {
    idleSeconds: deps.config.SESSION_IDLE_MINUTES * 60,
    maxSeconds: deps.config.SESSION_MAX_HOURS * 3600,
  };
}

/**
 * The citizen signed in on this computer, or why there is none: one strongly consistent read of the
 * session at most (none without a cookie). A phone's device cookie alone is refused outright.
 */
export async function citizenOf(
  c: Context,
  deps: Deps,
  alongside?: ItemKey,
): Promise<
  | { session: Session; token: string; alongside?: ReadAlongside }
  | { signedOut: 'signed_out' | 'session_expired' }
> {
  const token = readSessionCookie(c, deps, CITIZEN_COOKIE);
  const read = await readSession(
    deps,
    token,
    'citizen',
    citizenLifetime(deps),
    token ? alongside : undefined,
  );
  if (read.state === 'expired') return { signedOut: 'session_expired' };
  if (read.state === 'missing' && readSessionCookie(c, deps, DEVICE_COOKIE)) {
    // A phone's device session asking for a computer-only route (link codes, 'My devices', the
    // portal's own routes): refused as such, nothing read (SECURITY.md row 47).
    throw new ApiError(
      403,
      'computer_only',
      'This can only be done on your computer, signed in to your account.',
    );
  }
  // A session is only ever read with a token, so 'no token' and 'missing' are the same answer.
  if (read.state === 'missing' || !token) return { signedOut: 'signed_out' };
  return { session: read.session, token, alongside: read.alongside };
}

/**
 * Requires a signed-in citizen (desktop session); 401 with a reason the portal can show. With
 * `alongside`, the item the route will read is read with the session (`c.get('alongside')`).
 */
export function requireCitizen(deps: Deps, alongside?: AlongsideKey): MiddlewareHandler<CitizenEnv> {
  return async (c, next) => {
    // Sub-apps guard their own path prefixes; where two guards match one request, read once.
    if (c.get('session')) return next();
    const citizen = await citizenOf(c, deps, alongside?.(c));
    if ('signedOut' in citizen) {
      throw citizen.signedOut === 'session_expired'
        ? new ApiError(
            401,
            'session_expired',
            'You were signed out because your session ended. Sign in again to continue.',
          )
        : new ApiError(401, 'signed_out', 'You are not signed in. Sign in with LuxTrust or eID to continue.');
    }
    c.set('session', citizen.session);
    c.set('sessionToken', citizen.token);
    c.set('alongside', citizen.alongside);
    await next();
  };
}
