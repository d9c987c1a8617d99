import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { must } from '../../test/must.js';

/**
 * What the service worker downloads and keeps right after a first visit (issue 14: only the shell
 * and the phone's flow): every URL of its precache manifest, raw and gzipped, largest first.
 */
export async function benchPrecache() {
  const webDir = resolve('dist/web');
  const worker = readFileSync(join(webDir, 'sw.js'), 'utf8');
  const urls = [...worker.matchAll(/url:"([^"]+)"/g)].map(([, url]) =>
    must(url, 'the URL the pattern captured'),
  );
  const files = urls.map((url) => {
    const bytes = readFileSync(join(webDir, url));
    return { url, bytes: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength };
  });
  files.sort((a, b) => b.gzip - a.gzip);
  const sum = (key: 'bytes' | 'gzip') => files.reduce((total, file) => total + file[key], 0);
  return {
    entries: files.length,
    bytes: sum('bytes'),
    gzipBytes: sum('gzip'),
    largestGzipKB: files.slice(0, 10).map(({ url, gzip }) => ({ url, kB: Math.round(gzip / 102.4) / 10 })),
  };
}
