import { createPublicKey, type JsonWebKey, verify } from 'node:crypto';
import * as z from 'zod/mini';

/** The public half of the phone's device key, as WebCrypto exports it (`exportKey('jwk', …)`). */
export const devicePublicKeySchema = z.pipe(
  z.object({
    kty: z.literal('EC'),
    crv: z.literal('P-256'),
    x: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/)),
    y: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/)),
  }),
  // A private key (`d`) must never be sent: only these four members are kept.
  z.transform(({ kty, crv, x, y }: { kty: 'EC'; crv: 'P-256'; x: string; y: string }) => ({
    kty,
    crv,
    x,
    y,
  })),
);

/** True when it is a point on P-256 (node refuses anything else). */
export function isUsablePublicKey(jwk: JsonWebKey): boolean {
  try {
    return createPublicKey({ key: jwk, format: 'jwk' }).asymmetricKeyType === 'ec';
  } catch {
    return false;
  }
}

/**
 * What the phone signs to unlock: the purpose, the device and the server's single-use challenge, so a
 * signature made for one device or one challenge means nothing anywhere else.
 */
export const unlockMessage = (deviceId: string, challenge: string) =>
  Buffer.from(`passerelle-unlock\n${deviceId}\n${challenge}`, 'utf8');

/** WebCrypto's ECDSA signatures are r‖s (IEEE P1363), not DER. */
export function signatureIsValid(jwk: JsonWebKey, message: Buffer, signature: string): boolean {
  try {
    const key = createPublicKey({ key: jwk, format: 'jwk' });
    return verify('sha256', message, { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}
