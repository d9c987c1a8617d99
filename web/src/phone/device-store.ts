import { type DBSchema, openDB } from 'idb';

/**
 * What this phone keeps about its link, in IndexedDB. The device key's private half is a
 * non-extractable CryptoKey: IndexedDB can hold it, nothing can read it out (SECURITY.md row 14),
 * and nothing else stored here would let anyone guess the app password offline.
 */
export interface LinkedDevice {
  deviceId: string;
  citizenId: string;
  deviceName: string;
  holderName: string;
  biometrics: boolean;
  privateKey: CryptoKey;
  /** When the API last answered this phone's device session (ms, this phone's clock). */
  activeAt?: number;
}

interface DeviceDb extends DBSchema {
  device: { key: 'current'; value: LinkedDevice };
}

const database = () =>
  openDB<DeviceDb>('passerelle-device', 1, {
    upgrade(db) {
      db.createObjectStore('device');
    },
  });

export async function loadDevice(): Promise<LinkedDevice | undefined> {
  return (await database()).get('device', 'current');
}

export async function saveDevice(device: LinkedDevice) {
  await (await database()).put('device', device, 'current');
}

export async function forgetDevice() {
  await (await database()).delete('device', 'current');
}

/** A new device key (ECDSA P-256). WebCrypto keeps the public half exportable whatever `extractable` says. */
export async function newDeviceKey() {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return { privateKey: pair.privateKey, publicKey: { kty, crv, x, y } };
}

const base64url = (bytes: ArrayBuffer) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/** The device key's answer to an unlock challenge (same message as functions/src/devices/device-key.ts). */
export async function signUnlock(device: LinkedDevice, challenge: string): Promise<string> {
  const message = new TextEncoder().encode(`passerelle-unlock\n${device.deviceId}\n${challenge}`);
  const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, device.privateKey, message);
  return base64url(signature);
}
