import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, randomInt } from 'node:crypto';

import { ALPHABET, CODE_LENGTH } from '../../../shared/short-code-format.js';

export {
  ALPHABET,
  CODE_LENGTH,
  type Journey,
  normalizeShortCode,
} from '../../../shared/short-code-format.js';

/** A new code: 40 random bits. */
export function newShortCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/**
 * The keys a code's item is sealed with. They come from a server secret (the OpenID client secret,
 * which the table never holds) and the code, so someone who reads the table cannot try the 2^40
 * codes offline: every stored value is an HMAC under that secret.
 */
export class ShortCodeKeys {
  private readonly key: Buffer;
  constructor(serverSecret: string) {
    this.key = Buffer.from(hkdfSync('sha256', serverSecret, 'passerelle', 'short codes v1', 32));
  }

  private mac(purpose: string, value: string) {
    return createHmac('sha256', this.key).update(`${purpose}:${value}`).digest();
  }

  /** The item's key: a keyed hash of the first group only, so a wrong second group finds the code. */
  lookup(code: string) {
    return this.mac('lookup', code.slice(0, CODE_LENGTH / 2)).toString('hex');
  }

  /** What a typed code must match, compared by DynamoDB's condition and here. */
  proof(code: string) {
    return this.mac('proof', code).toString('hex');
  }

  /** The QR's token, encrypted with a key only the whole code gives (AES-256-GCM). */
  seal(code: string, token: string) {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.mac('seal', code), iv);
    const sealed = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString('base64url');
  }

  unseal(code: string, sealed: string) {
    const bytes = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.mac('seal', code), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    return Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]).toString(
      'utf8',
    );
  }
}
