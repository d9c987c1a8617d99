import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import { type AnswerOf, api, ok } from '../platform/api-client.js';
import type { LinkedDevice } from './device-store.js';

/** Whether this phone has a platform authenticator that can verify its user (face, fingerprint, PIN). */
export async function biometricsAvailable(): Promise<boolean> {
  try {
    return (await globalThis.PublicKeyCredential?.isUserVerifyingPlatformAuthenticatorAvailable?.()) ?? false;
  } catch {
    return false;
  }
}

/** WebAuthn registration for this device (it needs a device session); the library loads on demand. */
export async function turnOnBiometrics() {
  const { startRegistration } = await import('@simplewebauthn/browser');
  // SimpleWebAuthn's own options type on both sides; only its never-sent binary extension inputs do not
  // survive Hono's JSON typing.
  const optionsJSON = (await ok(
    api.device.biometrics.options.$post(),
  )) as unknown as PublicKeyCredentialCreationOptionsJSON;
  const response = await startRegistration({ optionsJSON });
  await ok(api.device.biometrics.$post({ json: { response } }));
}

export async function turnOffBiometrics() {
  await ok(api.device.biometrics.$delete());
}

export async function unlockWithBiometrics(device: LinkedDevice) {
  const { startAuthentication } = await import('@simplewebauthn/browser');
  const which = { citizenId: device.citizenId, deviceId: device.deviceId };
  const optionsJSON = (await ok(
    api.unlock.biometrics.options.$post({ json: which }),
  )) as unknown as PublicKeyCredentialRequestOptionsJSON;
  const response: AuthenticationResponseJSON = await startAuthentication({ optionsJSON });
  return ok(api.unlock.biometrics.$post({ json: { ...which, response } }));
}

export type UnlockAnswer = AnswerOf<typeof api.unlock.password.$post>;
