import { conditionalWrite } from '../platform/conditional.js';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import { type Credential, deleteCredentials, putNewCredential } from './credential-record.js';
import { addCredentialId, clearCredentialIds, type Device } from './device-record.js';

/**
 * Stores a new credential and binds it to its device. A credential id that exists already is a 409
 * (SECURITY.md row 18): the same authenticator cannot be registered twice, nor moved to another device.
 */
export async function saveCredential(deps: Deps, credential: Omit<Credential, 'pk' | 'sk'>) {
  await conditionalWrite(
    putNewCredential(deps, credential),
    () =>
      new ApiError(
        409,
        'credential_exists',
        'Face or fingerprint unlock is already set up with this authenticator.',
      ),
  );
  const bound = await addCredentialId(deps, credential, credential.credentialId).catch(
    async (error: unknown) => {
      await deleteCredentials(deps, [credential.credentialId]);
      throw error;
    },
  );
  if (!bound) {
    // Unlinked or locked meanwhile: the credential must not outlive its device.
    await deleteCredentials(deps, [credential.credentialId]);
    throw new ApiError(
      410,
      'device_unlinked',
      'This device is no longer linked to your account. Link it again.',
    );
  }
}

/** 'Face or fingerprint' off in settings: the device forgets its credentials, then they are deleted. */
export async function turnOffBiometrics(deps: Deps, device: Device) {
  await clearCredentialIds(deps, device);
  await deleteCredentials(deps, device.credentialIds);
}
