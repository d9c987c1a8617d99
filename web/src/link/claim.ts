import { deviceUnlocked } from '../phone/device.js';
import { newDeviceKey } from '../phone/device-store.js';
import { type AnswerOf, api, ok } from '../platform/api-client.js';
import type { Language } from '../platform/i18n.js';

/** The account holder's name masked ('M**** S*****'), the site, the seconds left. */
export type LinkPreview = AnswerOf<typeof api.link.preview.$post>;
type ClaimBody = Parameters<typeof api.link.claim.$post>[0]['json'];

/** What the code is for, before anything is claimed; the computer's status turns to 'scanned'. */
export const previewLinkCode = (token: string, deviceName: string) =>
  ok(api.link.preview.$post({ json: { token, deviceName } }));

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
  // WebCrypto types an exported JWK loosely; this one is always a P-256 EC public key (device-store.ts),
  // and the API checks it anyway.
  const publicKey = key.publicKey as ClaimBody['publicKey'];
  const answer = await ok(api.link.claim.$post({ json: { ...input, publicKey } }));
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
