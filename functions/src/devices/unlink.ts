import type { Deps } from '../platform/deps.js';
import { deleteCredentials } from './credential-record.js';
import { type Device, deleteDevice, markLocked } from './device-record.js';

/**
 * Unlinks a device from the desktop's 'My devices', the phone's settings or the email link
 * (SECURITY.md row 19). The device item goes first: every device session checks it on each
 * request, so they all end with this one write; then its WebAuthn credentials are deleted.
 */
export async function unlinkDevice(
  deps: Deps,
  citizenId: string,
  deviceId: string,
): Promise<Device | undefined> {
  const device = await deleteDevice(deps, { citizenId, deviceId });
  if (device) await deleteCredentials(deps, device.credentialIds);
  return device;
}

/** After the last allowed wrong password: the device stays listed, locked, and must be linked again. */
export async function lockDevice(deps: Deps, device: Device) {
  await markLocked(deps, device);
  await deleteCredentials(deps, device.credentialIds);
}
