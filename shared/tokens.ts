/**
 * A token as it must look before anyone spends a database read on it: 256 random bits in base64url
 * without padding (made by functions/src/platform/tokens.ts, read from QR codes by the web app).
 */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
