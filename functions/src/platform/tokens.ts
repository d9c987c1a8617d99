import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** 256 random bits, URL-safe: link codes, upload codes, session ids, email links. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this digest is ever stored (SECURITY.md row 5). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A token as it must look before we spend a database read on it (shared with the web app). */
export { TOKEN_PATTERN } from '../../../shared/tokens.js';

export function newId(): string {
  return randomUUID();
}
