import { TOKEN_PATTERN } from '../../../shared/tokens.js';

/** Reads the token a QR put in the fragment and clears it at once (SECURITY.md row 10). */
export function takeFragmentToken() {
  const token = location.hash.slice(1);
  if (token) history.replaceState(history.state, '', location.pathname + location.search);
  return TOKEN_PATTERN.test(token) ? token : undefined;
}
