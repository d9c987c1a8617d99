import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startLocalStack } from '../local-stack.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * JS loaded before the first screen of each surface (DESIGN.md budget: ≤ 40 KB gzip): the scripts a
 * fresh browser fetches to show `/` (signed out) and `/app`, gzipped as CloudFront would serve them.
 */
export async function benchFirstScreen() {
  const webDir = resolve('dist/web');
  const stack = await startLocalStack({ port: 0, webDir });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const surfaces: Record<string, unknown> = {};
    for (const [surface, path] of [
      ['portal', '/'],
      ['phone', '/app'],
    ] as const) {
      const page = await browser.newPage();
      const scripts = new Set<string>();
      page.on('response', (response) => {
        const url = new URL(response.url());
        if (url.origin === stack.origin && url.pathname.endsWith('.js') && !url.pathname.startsWith('/sw'))
          scripts.add(url.pathname);
      });
      await page.goto(`${stack.origin}${path}`, { waitUntil: 'networkidle' });
      const files = [...scripts].map((script) => {
        const bytes = readFileSync(join(webDir, script));
        return { file: script, bytes: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength };
      });
      surfaces[surface] = {
        gzipKB: Math.round((files.reduce((sum, file) => sum + file.gzip, 0) / 1024) * 10) / 10,
        budgetKB: 40,
        files,
      };
      await page.close();
    }
    return surfaces;
  } finally {
    await browser.close();
    await stack.stop();
  }
}
