import type { Context } from 'hono';
import { readSession, readSessionCookie } from '../auth/sessions.js';
import { readDevice } from '../devices/device-record.js';
import { DEVICE_COOKIE, deviceLifetime } from '../devices/device-session.js';
import type { Deps } from '../platform/deps.js';

/**
 * The name the desktop's timeline shows when the phone that claims a code is linked to the same
 * account and unlocked. A phone that is not linked (or linked to someone else, or locked) simply
 * stays unnamed: the code alone is enough to add a document (spec/add-a-document.txt).
 */
export async function linkedDeviceName(c: Context, deps: Deps, citizenId: string) {
  const token = readSessionCookie(c, deps, DEVICE_COOKIE);
  if (!token) return undefined;
  const read = await readSession(deps, token, 'device', deviceLifetime);
  if (read.state !== 'valid' || read.session.citizenId !== citizenId || !read.session.deviceId) {
    return undefined;
  }
  const device = await readDevice(deps, citizenId, read.session.deviceId);
  return device?.status === 'active' ? device.name : undefined;
}
