/**
 * What a short code looks like, shared by the API and the web app (no Node imports here).
 * Crockford's base32: digits and capitals without I, L, O and U, so nothing reads as something
 * else (0/O, 1/I/L) when copied from a screen or read aloud.
 */
export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 8 characters, shown as two groups of 4: the first finds the code, the second proves it. */
export const CODE_LENGTH = 8;

/** The journey a code was made for: linking a phone or adding a document. */
export type Journey = 'link' | 'add';

/**
 * What the citizen typed, as the code it stands for, or undefined. Case, spaces and dashes are
 * forgiven, and so are the letters Crockford maps to digits (O → 0, I and L → 1).
 */
export function normalizeShortCode(typed: string): string | undefined {
  const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== CODE_LENGTH) return undefined;
  for (const char of code) if (!ALPHABET.includes(char)) return undefined;
  return code;
}

/** 'ABCD1234' → ['ABCD', '1234'], as the computer shows it. */
export const shortCodeGroups = (code: string) => [code.slice(0, 4), code.slice(4)];
