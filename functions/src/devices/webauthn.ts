import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import type { Context } from 'hono';
import * as z from 'zod/mini';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import { siteOrigin } from '../platform/same-origin.js';
import { consumeChallenge, issueChallenge } from './challenge-record.js';
import { type Credential, readCredential, updateCounter } from './credential-record.js';
import { saveCredential } from './credentials.js';
import type { Device } from './device-record.js';

/**
 * Face or fingerprint unlock (DESIGN.md Flow 1 step 6). The RP ID is the host name of the origin
 * the phone opened the site on, the expected origin that origin itself (port included); user
 * verification is required at registration and at every unlock (SECURITY.md row 16).
 */
export function relyingParty(c: Context, deps: Deps) {
  const origin = siteOrigin(c, deps.config.ALLOWED_ORIGINS);
  return { origin, rpID: new URL(origin).hostname };
}

/** The browser's answers are checked by @simplewebauthn/server; here only their outline. */
export const registrationResponseSchema = z.custom<RegistrationResponseJSON>(
  (value) =>
    z
      .object({
        id: z.string().check(z.maxLength(1024)),
        response: z.object({ clientDataJSON: z.string().check(z.maxLength(4096)) }),
      })
      .safeParse(value).success,
);
export const authenticationResponseSchema = z.custom<AuthenticationResponseJSON>(
  (value) =>
    z
      .object({
        id: z.string().check(z.maxLength(1024)),
        response: z.object({ clientDataJSON: z.string().check(z.maxLength(4096)) }),
      })
      .safeParse(value).success,
);

const refused = () =>
  new ApiError(
    401,
    'biometrics_refused',
    'Face or fingerprint unlock did not work. Use your password instead.',
  );

/** The challenge the authenticator signed, read from its client data (then consumed, once). */
async function signedChallenge(clientDataJSON: string): Promise<string> {
  const { decodeClientDataJSON } = await helpers();
  try {
    return decodeClientDataJSON(clientDataJSON).challenge;
  } catch {
    throw refused();
  }
}

/** Our 256-bit challenge, handed to the library as bytes so `options.challenge` is the same string. */
const challengeBytes = async (challenge: string) => (await helpers()).isoBase64URL.toBuffer(challenge);

/** The library (and its certificate parsers) loads when a WebAuthn route first runs, not at every cold start. */
const webauthn = () => import('@simplewebauthn/server');
const helpers = () => import('@simplewebauthn/server/helpers');

export async function registrationOptions(c: Context, deps: Deps, device: Device) {
  const challenge = await issueChallenge(deps, {
    purpose: 'webauthn-register',
    citizenId: device.citizenId,
    deviceId: device.deviceId,
  });
  return (await webauthn()).generateRegistrationOptions({
    rpName: 'Passerelle',
    rpID: relyingParty(c, deps).rpID,
    userName: device.name,
    userID: new TextEncoder().encode(device.deviceId),
    challenge: await challengeBytes(challenge),
    attestationType: 'none',
    excludeCredentials: device.credentialIds.map((id) => ({ id })),
    authenticatorSelection: {
      authenticatorAttachment: 'platform',
      userVerification: 'required',
      residentKey: 'preferred',
    },
    supportedAlgorithmIDs: [-7, -257],
  });
}

export async function registerCredential(
  c: Context,
  deps: Deps,
  device: Device,
  response: RegistrationResponseJSON,
) {
  const challenge = await signedChallenge(response.response.clientDataJSON);
  await consumeChallenge(deps, challenge, {
    purpose: 'webauthn-register',
    citizenId: device.citizenId,
    deviceId: device.deviceId,
  });
  if (!(await withoutCertificateChain(response))) throw refused();
  const { origin, rpID } = relyingParty(c, deps);
  const verification = await (await webauthn())
    .verifyRegistrationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      requireUserVerification: true,
      supportedAlgorithmIDs: [-7, -257],
    })
    .catch(() => ({ verified: false as const }));
  if (!verification.verified) throw refused();
  const { credential } = verification.registrationInfo;
  await saveCredential(deps, {
    credentialId: credential.id,
    citizenId: device.citizenId,
    deviceId: device.deviceId,
    publicKey: (await helpers()).isoBase64URL.fromBuffer(credential.publicKey),
    counter: credential.counter,
    transports: credential.transports,
    createdAt: new Date(deps.clock.now()).toISOString(),
  });
}

/**
 * We ask for no attestation ('none'), so browsers send 'none' or a self-attested 'packed'
 * statement. A statement with a certificate chain is refused rather than checked: nothing here
 * trusts a vendor's roots, and the Lambda bundle leaves the certificate parsers out (lambda-bundling.ts).
 */
async function withoutCertificateChain(response: RegistrationResponseJSON): Promise<boolean> {
  const { decodeAttestationObject, isoBase64URL } = await helpers();
  try {
    const attestation = decodeAttestationObject(isoBase64URL.toBuffer(response.response.attestationObject));
    const format = attestation.get('fmt');
    return format === 'none' || (format === 'packed' && !attestation.get('attStmt').get('x5c'));
  } catch {
    return false;
  }
}

export async function authenticationOptions(c: Context, deps: Deps, device: Device) {
  if (device.credentialIds.length === 0) {
    throw new ApiError(409, 'biometrics_off', 'Face or fingerprint unlock is not turned on for this device.');
  }
  const challenge = await issueChallenge(deps, {
    purpose: 'webauthn-unlock',
    citizenId: device.citizenId,
    deviceId: device.deviceId,
  });
  return (await webauthn()).generateAuthenticationOptions({
    rpID: relyingParty(c, deps).rpID,
    allowCredentials: device.credentialIds.map((id) => ({ id })),
    userVerification: 'required',
    challenge: await challengeBytes(challenge),
  });
}

/**
 * Checks an assertion for this device: the challenge is consumed first (a replay finds nothing),
 * the credential must be bound to this very device (SECURITY.md row 17), user verification must
 * have happened, and the signature must verify against the stored key.
 */
export async function verifyUnlock(
  c: Context,
  deps: Deps,
  device: Device,
  response: AuthenticationResponseJSON,
) {
  const challenge = await signedChallenge(response.response.clientDataJSON);
  await consumeChallenge(deps, challenge, {
    purpose: 'webauthn-unlock',
    citizenId: device.citizenId,
    deviceId: device.deviceId,
  });
  const credential: Credential | undefined = await readCredential(deps, response.id);
  if (!credential || credential.deviceId !== device.deviceId || credential.citizenId !== device.citizenId) {
    throw refused();
  }
  const { origin, rpID } = relyingParty(c, deps);
  const verification = await (await webauthn())
    .verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      requireUserVerification: true,
      credential: {
        id: credential.credentialId,
        publicKey: (await helpers()).isoBase64URL.toBuffer(credential.publicKey),
        counter: credential.counter,
      },
    })
    .catch(() => undefined);
  if (!verification?.verified || !verification.authenticationInfo.userVerified) throw refused();
  await updateCounter(deps, credential.credentialId, verification.authenticationInfo.newCounter);
}
