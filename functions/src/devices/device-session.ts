import type { Context, MiddlewareHandler } from 'hono';
import { DEVICE_IDLE_SECONDS } from '../../../shared/limits.js';
import {
  clearSessionCookie,
  createSession,
  readSession,
  readSessionCookie,
  type Session,
  setSessionCookie,
} from '../auth/sessions.js';
import { epochSeconds } from '../platform/clock.js';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import { type Device, readDevice, touchDevice } from './device-record.js';

/** Separate from the computer's `passerelle_session` (docs/architecture.md, phone contracts). */
export const DEVICE_COOKIE = 'passerelle_device';

/** Short-lived: a phone left unlocked on a table asks for the password again after 10 idle minutes. */
export const deviceLifetime = { idleSeconds: DEVICE_IDLE_SECONDS, maxSeconds: 60 * 60 };

export type DeviceEnv = { Variables: { deviceSession: Session; device: Device } };

export const deviceSessionEnded = () =>
  new ApiError(401, 'device_session_ended', 'Unlock the app to continue.');

/**
 * Requires an unlocked phone: a valid device session *and* its device still linked and not locked.
 * The device is read on every request, so unlinking or locking ends every session of it at once
 * (SECURITY.md row 19) without having to find them.
 */
export function requireDevice(deps: Deps): MiddlewareHandler<DeviceEnv> {
  return async (c, next) => {
    if (c.get('device')) return next();
    const token = readSessionCookie(c, deps, DEVICE_COOKIE);
    const read = await readSession(deps, token, 'device', deviceLifetime);
    if (read.state !== 'valid' || !read.session.deviceId) throw deviceSessionEnded();
    const device = await readDevice(deps, read.session.citizenId, read.session.deviceId);
    if (!device) {
      clearSessionCookie(c, deps, DEVICE_COOKIE);
      throw new ApiError(
        410,
        'device_unlinked',
        'This device is no longer linked to your account. Link it again.',
      );
    }
    if (device.status !== 'active') throw deviceLocked();
    c.set('deviceSession', read.session);
    c.set('device', device);
    await touchLastActive(deps, device);
    await next();
  };
}

export const deviceLocked = () =>
  new ApiError(
    403,
    'device_locked',
    'This device is locked after too many wrong passwords. Link it again from your computer.',
  );

/** 'Last activity' in 'My devices': written at most once a minute. */
async function touchLastActive(deps: Deps, device: Device) {
  const now = new Date(deps.clock.now());
  if (now.getTime() - Date.parse(device.lastActiveAt) < 60_000) return;
  await touchDevice(deps, device, now.toISOString()).catch(() => undefined);
}

/** A new device session (new id every time: no fixation), as a cookie. */
export async function startDeviceSession(c: Context, deps: Deps, device: Device) {
  const { token, session } = await createSession(
    deps,
    {
      kind: 'device',
      citizenId: device.citizenId,
      deviceId: device.deviceId,
      authTime: epochSeconds(deps.clock.now()),
    },
    deviceLifetime,
  );
  setSessionCookie(c, deps, DEVICE_COOKIE, token, deviceLifetime.maxSeconds);
  return session;
}
