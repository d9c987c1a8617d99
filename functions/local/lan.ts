import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { toString as qrToString } from 'qrcode';
import { generate } from 'selfsigned';

/**
 * `npm start -- --lan`: a real phone needs https (camera, service worker, WebAuthn) and a host name
 * (WebAuthn refuses IP addresses), so the site is served on `https://<computer>.local:<port>` with a
 * self-signed certificate, kept under .data so the phone's one-time exception survives restarts.
 */
export async function lanIdentity(dataDir: string) {
  // The first label of the host name (all of it when it has no dot).
  const host = `${hostname().replace(/\..*$/s, '').toLowerCase()}.local`;
  const folder = join(dataDir, 'tls');
  const keyFile = join(folder, 'key.pem');
  const certFile = join(folder, 'cert.pem');
  const hostFile = join(folder, 'host');
  const fresh = existsSync(certFile) && existsSync(hostFile) && readFileSync(hostFile, 'utf8') === host;
  if (!fresh) {
    mkdirSync(folder, { recursive: true });
    const pems = await generate([{ name: 'commonName', value: host }], {
      keyType: 'ec',
      algorithm: 'sha256',
      notAfterDate: new Date(Date.now() + 365 * 86_400_000),
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
        { name: 'extKeyUsage', serverAuth: true },
        {
          name: 'subjectAltName',
          altNames: [
            { type: 2, value: host },
            { type: 2, value: 'localhost' },
          ],
        },
      ],
    });
    writeFileSync(keyFile, pems.private, { mode: 0o600 });
    writeFileSync(certFile, pems.cert);
    writeFileSync(hostFile, host);
  }
  return { host, tls: { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') } };
}

/** A QR code drawn with text characters, for the phone to open the app from the terminal. */
export function terminalQr(url: string): Promise<string> {
  return qrToString(url, { type: 'terminal', small: true });
}
