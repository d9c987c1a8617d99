import { deviceUnlocked } from '../phone/device.js';
import { newDeviceKey } from '../phone/device-store.js';
import { api } from '../platform/api.js';
import type { Language } from '../platform/i18n.js';

export interface LinkPreview {
  /** The account holder's name, masked: 'M**** S*****'. */
  holder: string;
  site: string;
  expiresIn: number;
}

/** What the code is for, before anything is claimed; the computer's status turns to 'scanned'. */
export const previewLinkCode = (token: string, deviceName: string) =>
  api.post<LinkPreview>('/link/preview', { token, deviceName });

/**
 * Makes this phone's device key (non-extractable, kept in IndexedDB) and claims the code with its
 * public half, the app password and the device name. The key is only stored once the claim won.
 */
export async function claimLinkCode(input: {
  token: string;
  password: string;
  deviceName: string;
  language: Language;
}) {
  const key = await newDeviceKey();
  const answer = await api.post<{
    device: { deviceId: string; citizenId: string; name: string };
    holderName: string;
  }>('/link/claim', { ...input, publicKey: key.publicKey });
  await deviceUnlocked({
    deviceId: answer.device.deviceId,
    citizenId: answer.device.citizenId,
    deviceName: answer.device.name,
    holderName: answer.holderName,
    biometrics: false,
    privateKey: key.privateKey,
  });
  return answer;
}
