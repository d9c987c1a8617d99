import { TOKEN_PATTERN } from '../../../shared/tokens.js';

/**
 * The one reader of a QR's token: a QR opened by the phone's own camera app lands on its page with
 * the token in the fragment, which browsers never send to a server. It is cleared from the address
 * before anything else, so it never stays in history (SECURITY.md row 10). Whatever was there is
 * returned, malformed or not: the link page lets the API answer a malformed code like an unknown one
 * (row 4).
 */
export function takeFragment(): string | undefined {
  const value = location.hash.slice(1);
  if (!value) return undefined;
  history.replaceState(history.state, '', location.pathname + location.search);
  return value;
}

/** The fragment's token, or undefined when there is none or it is not one of ours. */
export function takeFragmentToken() {
  const token = takeFragment();
  return token && TOKEN_PATTERN.test(token) ? token : undefined;
}
