import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import { api } from '../platform/api.js';
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
  const optionsJSON = await api.post<PublicKeyCredentialCreationOptionsJSON>('/device/biometrics/options');
  const response = await startRegistration({ optionsJSON });
  await api.post('/device/biometrics', { response });
}

export async function turnOffBiometrics() {
  await api.delete('/device/biometrics');
}

export async function unlockWithBiometrics(device: LinkedDevice) {
  const { startAuthentication } = await import('@simplewebauthn/browser');
  const which = { citizenId: device.citizenId, deviceId: device.deviceId };
  const optionsJSON = await api.post<PublicKeyCredentialRequestOptionsJSON>(
    '/unlock/biometrics/options',
    which,
  );
  const response: AuthenticationResponseJSON = await startAuthentication({ optionsJSON });
  return api.post<UnlockAnswer>('/unlock/biometrics', { ...which, response });
}

export interface UnlockAnswer {
  unlocked: true;
  deviceName: string;
  holderName: string;
}
