import type { JsonWebKey } from 'node:crypto';
import { browserName } from '../../../shared/browser-name.js';
import type { Deps } from '../platform/deps.js';
import { type Device, deviceKey, putNewDevice } from './device-record.js';
import { hashPassword } from './password.js';

/**
 * The Device record of a phone just linked (DESIGN.md Flow 1 step 5): active, no wrong password
 * yet, no biometrics. The caller has checked the name, the password's strength and the key, and
 * consumed the link code; the password is stored only as its hash.
 */
export async function createDevice(
  deps: Deps,
  fields: {
    citizenId: string;
    deviceId: string;
    name: string;
    publicKey: JsonWebKey;
    password: string;
    userAgent: string | undefined;
  },
): Promise<Device> {
  const now = new Date(deps.clock.now()).toISOString();
  const device: Device = {
    ...deviceKey(fields.citizenId, fields.deviceId),
    citizenId: fields.citizenId,
    deviceId: fields.deviceId,
    name: fields.name,
    publicKey: fields.publicKey,
    passwordHash: await hashPassword(fields.password),
    failedUnlocks: 0,
    status: 'active',
    credentialIds: [],
    browser: browserName(fields.userAgent),
    linkedAt: now,
    lastActiveAt: now,
  };
  await putNewDevice(deps, device);
  return device;
}
