import { useEffect, useState } from 'preact/hooks';
import { ApiFailure } from '../platform/api.js';
import { api, ok } from '../platform/api-client.js';
import { forgetAccount } from './account/account-cache.js';
import { forgetDevice, type LinkedDevice, loadDevice, saveDevice } from './device-store.js';

/**
 * This phone's link, for every phone screen (docs/architecture.md, "Phone device state"):
 * 'checking' while IndexedDB and the API are asked, 'unlinked', 'locked' (linked, no device session:
 * go to /app/unlock?next=<path>) or 'unlocked'.
 */
export type DeviceState =
  | { status: 'checking' }
  | { status: 'unlinked' }
  | { status: 'locked' | 'unlocked'; deviceName: string; holderName: string; biometrics: boolean };

let state: DeviceState = { status: 'checking' };
const listeners = new Set<(next: DeviceState) => void>();
let checking: Promise<void> | undefined;

function publish(next: DeviceState) {
  state = next;
  for (const listener of listeners) listener(next);
}

const described = (device: LinkedDevice, status: 'locked' | 'unlocked'): DeviceState => ({
  status,
  deviceName: device.deviceName,
  holderName: device.holderName,
  biometrics: device.biometrics,
});

/** Asks IndexedDB whether this phone is linked, then the API whether its device session is alive. */
export function refreshDevice(): Promise<void> {
  checking ??= (async () => {
    const device = await loadDevice().catch(() => undefined);
    if (!device) return publish({ status: 'unlinked' });
    try {
      const answer = await ok(api.device.$get());
      const updated = {
        ...device,
        deviceName: answer.device.name,
        holderName: answer.holderName,
        biometrics: answer.device.biometrics,
      };
      await saveDevice(updated);
      publish(described(updated, 'unlocked'));
    } catch (error) {
      // Unlinked from the computer or the email while this phone was away: forget it here too.
      if (error instanceof ApiFailure && error.code === 'device_unlinked') return forgetThisDevice();
      publish(described(device, 'locked'));
    }
  })().finally(() => {
    checking = undefined;
  });
  return checking;
}

export async function deviceUnlocked(device: LinkedDevice) {
  await saveDevice(device);
  publish(described(device, 'unlocked'));
}

/** The device session ended (idle, or a 401 from the API): unlock again, keep the link. */
export async function deviceSessionEnded() {
  const device = await loadDevice();
  publish(device ? described(device, 'locked') : { status: 'unlinked' });
}

export async function forgetThisDevice() {
  await forgetDevice();
  await forgetAccount();
  publish({ status: 'unlinked' });
}

export function useDevice(): DeviceState {
  const [current, setCurrent] = useState(state);
  useEffect(() => {
    listeners.add(setCurrent);
    setCurrent(state);
    if (state.status === 'checking') refreshDevice();
    return () => {
      listeners.delete(setCurrent);
    };
  }, []);
  return current;
}

/** Where a linked phone goes first when its session has ended. */
export const unlockPath = (next: string) => `/app/unlock?next=${encodeURIComponent(next)}`;
