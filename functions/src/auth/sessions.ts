import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { epochSeconds } from '../platform/clock.js';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import { isSecureOrigin, siteOrigin } from '../platform/same-origin.js';
import type { ItemKey } from '../platform/table.js';
import { newToken } from '../platform/tokens.js';
import { profileOf } from '../portal/citizen-record.js';
import {
  deleteSession,
  putNewSession,
  readSessionItem,
  readSessionItemWith,
  type Session,
  type SessionKind,
  sessionKey,
  slideSession,
} from './session-record.js';

export type { Session, SessionKind };

export interface SessionLifetime {
  idleSeconds: number;
  maxSeconds: number;
}

/** A new id at every sign-in or unlock, never reused (session fixation, SECURITY.md row 21). */
export async function createSession(
  deps: Deps,
  fields: { kind: SessionKind; citizenId: string; deviceId?: string; authTime: number },
  lifetime: SessionLifetime,
): Promise<{ token: string; session: Session }> {
  const token = newToken();
  const profile = fields.kind === 'citizen' ? await profileCopy(deps, fields.citizenId) : undefined;
  const now = epochSeconds(deps.clock.now());
  const session: Session = {
    ...sessionKey(token),
    ...fields,
    ...(profile ? { profile } : {}),
    createdAt: now,
    lastSeenAt: now,
    expiresAt: Math.min(now + lifetime.idleSeconds, now + lifetime.maxSeconds),
    absoluteExpiresAt: now + lifetime.maxSeconds,
  };
  await putNewSession(deps, session);
  return { token, session };
}

/** What `/auth/me` shows of the citizen, copied into their session; none for an unknown citizen. */
async function profileCopy(deps: Deps, citizenId: string): Promise<Session['profile']> {
  const profile = await profileOf(deps, citizenId).catch((error: unknown) => {
    if (error instanceof ApiError && error.status === 401) return undefined;
    throw error;
  });
  return profile && { name: profile.name, email: profile.email, espaces: profile.espaces };
}

/** An item read in the same request as the session (`alongside`), as stored; none when absent. */
export interface ReadAlongside {
  key: ItemKey;
  item: Record<string, unknown> | undefined;
}

export type SessionRead =
  | { state: 'valid'; session: Session; alongside?: ReadAlongside }
  | { state: 'expired' }
  | { state: 'missing' };

/**
 * Reads a session and slides its idle expiry. Expiry is checked here: TTL deletes items days late.
 * With `alongside`, that item is read in the same strongly consistent request (a status poll's code)
 * and handed back only with a valid session.
 */
export async function readSession(
  deps: Deps,
  token: string | undefined,
  kind: SessionKind,
  lifetime: SessionLifetime,
  alongside?: ItemKey,
): Promise<SessionRead> {
  if (!token) return { state: 'missing' };
  const read = alongside
    ? await readSessionItemWith(deps, token, alongside)
    : { session: await readSessionItem(deps, token), other: undefined };
  const { session } = read;
  if (!session || session.kind !== kind) return { state: 'missing' };
  const now = epochSeconds(deps.clock.now());
  if (session.expiresAt <= now || session.absoluteExpiresAt <= now) return { state: 'expired' };
  // Slide at most once a minute: one write per minute of activity, not per request.
  if (now - session.lastSeenAt >= 60) {
    const expiresAt = Math.min(now + lifetime.idleSeconds, session.absoluteExpiresAt);
    // Best effort: a session that ended meanwhile is refused on its next read anyway.
    await slideSession(deps, token, now, expiresAt).catch(() => undefined);
    session.lastSeenAt = now;
    session.expiresAt = expiresAt;
  }
  return {
    state: 'valid',
    session,
    ...(alongside ? { alongside: { key: alongside, item: read.other } } : {}),
  };
}

export async function endSession(deps: Deps, token: string): Promise<void> {
  await deleteSession(deps, token);
}

/**
 * Cookie attributes (SECURITY.md row 20): HttpOnly, SameSite=Lax, no Domain; over https also
 * Secure and the `__Host-` prefix, which the browser only accepts with Secure, Path=/ and no Domain.
 */
function cookieSecurity(c: Context, deps: Deps) {
  const secure = isSecureOrigin(siteOrigin(c, deps.config.ALLOWED_ORIGINS));
  return { secure, ...(secure ? { prefix: 'host' as const } : {}) };
}

export function setSessionCookie(c: Context, deps: Deps, name: string, token: string, maxAgeSeconds: number) {
  setCookie(c, name, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    maxAge: maxAgeSeconds,
    ...cookieSecurity(c, deps),
  });
}

export function readSessionCookie(c: Context, deps: Deps, name: string): string | undefined {
  const { prefix } = cookieSecurity(c, deps);
  return prefix ? getCookie(c, name, prefix) : getCookie(c, name);
}

export function clearSessionCookie(c: Context, deps: Deps, name: string) {
  deleteCookie(c, name, { path: '/', ...cookieSecurity(c, deps) });
}
