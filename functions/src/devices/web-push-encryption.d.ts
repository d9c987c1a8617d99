/** web-push's RFC 8291 encryption helper, imported on its own (see push.ts for why). */
declare module 'web-push/src/encryption-helper.js' {
  export function encrypt(
    userPublicKey: string,
    userAuth: string,
    payload: string | Buffer,
    contentEncoding: 'aes128gcm' | 'aesgcm',
  ): { localPublicKey: Buffer; salt: string; cipherText: Buffer };
}
