import { useEffect, useState } from 'preact/hooks';
import { DEVICE_IDLE_SECONDS } from '../../../shared/limits.js';
import { ApiFailure } from '../platform/api.js';
import { api, ok } from '../platform/api-client.js';
import { forgetAccount } from './account/account-cache.js';
import { forgetDevice, type LinkedDevice, loadDevice, saveDevice } from './device-store.js';

/**
 * This phone's link, for every phone screen (docs/architecture.md, "Phone device state"):
 * 'checking' while IndexedDB and the API are asked, 'unlinked', 'locked' (linked, no device session:
 * go to /app/unlock?next=<path>) or 'unlocked'. `offline`: the API could not be asked, so the state
 * is this phone's own judgement (see `offlineState`).
 */
export type DeviceState =
  | { status: 'checking' }
  | { status: 'unlinked' }
  | {
      status: 'locked' | 'unlocked';
      deviceName: string;
      holderName: string;
      biometrics: boolean;
      offline?: boolean;
    };

let state: DeviceState = { status: 'checking' };
const listeners = new Set<(next: DeviceState) => void>();
let checking: Promise<void> | undefined;

function publish(next: DeviceState) {
  state = next;
  for (const listener of listeners) listener(next);
}

const described = (device: LinkedDevice, status: 'locked' | 'unlocked', offline = false): DeviceState => ({
  status,
  deviceName: device.deviceName,
  holderName: device.holderName,
  biometrics: device.biometrics,
  ...(offline ? { offline } : {}),
});

/**
 * Opened without a network, the phone cannot ask whether its device session is alive. It judges by
 * the session's own rule: used less than DEVICE_IDLE_SECONDS ago, the session would still be open, so
 * the account's last-seen lists may show ("as of"); older, the phone is locked like the server would
 * say, and unlocking waits for the network. A thief finding the phone offline later sees nothing more
 * than online.
 */
function offlineState(device: LinkedDevice): DeviceState {
  const idle = Date.now() - (device.activeAt ?? 0);
  return described(device, idle >= 0 && idle < DEVICE_IDLE_SECONDS * 1000 ? 'unlocked' : 'locked', true);
}

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
        activeAt: Date.now(),
      };
      await saveDevice(updated);
      publish(described(updated, 'unlocked'));
    } catch (error) {
      // Unlinked from the computer or the email while this phone was away: forget it here too.
      if (error instanceof ApiFailure && error.code === 'device_unlinked') return forgetThisDevice();
      if (error instanceof ApiFailure && error.status === 0) return publish(offlineState(device));
      publish(described(device, 'locked'));
    }
  })().finally(() => {
    checking = undefined;
  });
  return checking;
}

export async function deviceUnlocked(device: LinkedDevice) {
  const active = { ...device, activeAt: Date.now() };
  await saveDevice(active);
  publish(described(active, 'unlocked'));
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
    // Judged offline: ask the API again as soon as the network returns (a locked phone's unlock waits).
    const recheck = () => {
      if ('offline' in state && state.offline) void refreshDevice();
    };
    window.addEventListener('online', recheck);
    return () => {
      listeners.delete(setCurrent);
      window.removeEventListener('online', recheck);
    };
  }, []);
  return current;
}

/** Where a linked phone goes first when its session has ended. */
export const unlockPath = (next: string) => `/app/unlock?next=${encodeURIComponent(next)}`;
