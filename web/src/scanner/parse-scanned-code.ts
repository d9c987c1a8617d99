import { TOKEN_PATTERN } from '../../../shared/tokens.js';

export type ScanPurpose = 'link' | 'add';

export type ScannedCode =
  | { ok: true; token: string }
  | { ok: false; reason: 'not_ours' | 'other_site' | 'not_secure' | 'wrong_purpose' };

const PATH = /^\/app\/(link|add)$/;

/**
 * Decides whether a scanned QR is one of ours, for this screen (SECURITY.md row 7): only
 * `<origin>/app/<purpose>#<token>`, character for character, is accepted. Anything else says why, so
 * the citizen learns that a code from another site, a plain-http copy of our own, or the other
 * flow's code was seen and ignored, while a random QR is simply "not a Passerelle code".
 */
export function parseScannedCode(text: string, purpose: ScanPurpose, origin: string): ScannedCode {
  const ours = new URL(origin);
  let scanned: URL;
  try {
    scanned = new URL(text);
  } catch {
    return { ok: false, reason: 'not_ours' };
  }
  if (scanned.protocol !== 'https:' && scanned.protocol !== 'http:') return { ok: false, reason: 'not_ours' };
  if (scanned.host !== ours.host) return { ok: false, reason: 'other_site' };
  if (scanned.protocol === 'http:' && ours.protocol === 'https:') return { ok: false, reason: 'not_secure' };
  if (scanned.protocol !== ours.protocol) return { ok: false, reason: 'other_site' };

  const path = PATH.exec(scanned.pathname);
  const token = scanned.hash.slice(1);
  if (!path || !TOKEN_PATTERN.test(token)) return { ok: false, reason: 'not_ours' };
  const expected = `${ours.origin}${scanned.pathname}#${token}`;
  // URL() forgives what we never print (user info, a query, upper-case host, ':443'): refuse those too.
  if (text !== expected) return { ok: false, reason: 'not_ours' };
  if (path[1] !== purpose) return { ok: false, reason: 'wrong_purpose' };
  return { ok: true, token };
}
