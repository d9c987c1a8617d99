import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { allowCompiledFunctions } from './in-page.js';
import { writeY4m } from './y4m.js';

/**
 * A fake-camera feed showing a QR code, as the phone would see it held up to the computer:
 * `screen` is a crisp code (a screenshot), `photo` the same code tilted, blurred, dimmed, unevenly
 * lit and noisy, as a phone camera sees a screen at arm's length.
 */
export async function qrFeed(
  context: BrowserContext,
  text: string,
  path: string,
  options: { look?: 'screen' | 'photo' } = {},
) {
  const png = await QRCode.toBuffer(text, { errorCorrectionLevel: 'M', margin: 4, scale: 6 });
  if (options.look !== 'photo') return writeY4m(context, png, path);
  return writeY4m(context, await photograph(context, png), path, { background: '#6b6f75' });
}

/** A screenshot of a QR on the desktop (a locator's `screenshot()`) as the phone's camera feed. */
export function screenshotFeed(context: BrowserContext, png: Buffer, path: string) {
  return writeY4m(context, png, path);
}

async function photograph(context: BrowserContext, png: Buffer): Promise<Buffer> {
  const page = await context.newPage();
  try {
    await allowCompiledFunctions(page);
    const dataUrl = await page.evaluate(
      async (source) => {
        const code = new Image();
        code.src = source;
        await code.decode();
        const canvas = document.createElement('canvas');
        canvas.width = 600;
        canvas.height = 450;
        const ink = canvas.getContext('2d')!;
        ink.fillStyle = '#6b6f75';
        ink.fillRect(0, 0, canvas.width, canvas.height);
        ink.save();
        // Held at an angle: turned and sheared, a little out of focus, a dim screen.
        ink.translate(canvas.width / 2, canvas.height / 2);
        ink.rotate(0.21);
        ink.transform(1, 0.08, -0.12, 0.93, 0, 0);
        ink.filter = 'blur(1.2px) contrast(55%) brightness(92%)';
        ink.drawImage(code, -code.width / 2, -code.height / 2);
        ink.restore();
        // Light falling from one side, then sensor noise.
        const light = ink.createLinearGradient(0, 0, canvas.width, canvas.height);
        light.addColorStop(0, 'rgb(255 255 255 / 22%)');
        light.addColorStop(1, 'rgb(0 0 0 / 22%)');
        ink.fillStyle = light;
        ink.fillRect(0, 0, canvas.width, canvas.height);
        const pixels = ink.getImageData(0, 0, canvas.width, canvas.height);
        let seed = 7;
        for (let i = 0; i < pixels.data.length; i += 4) {
          seed = (seed * 1103515245 + 12345) & 0x7fffffff;
          const grain = (seed % 25) - 12;
          for (let channel = 0; channel < 3; channel += 1) pixels.data[i + channel]! += grain;
        }
        ink.putImageData(pixels, 0, 0);
        return canvas.toDataURL('image/png');
      },
      `data:image/png;base64,${png.toString('base64')}`,
    );
    return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
  } finally {
    await page.close();
  }
}

const repository = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * No product route shows the scanner on its own, so the tests and the benchmark open it in a page of
 * their own: ScanScreen mounted alone, bundled from the sources with esbuild and served by
 * intercepting requests under `<origin>/scanner-harness/`. `?purpose=link|add` picks the scanner;
 * the page shows `code:<token>` or `cancelled` in `#result` when the screen hands over.
 */
const harnessEntry = `
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { LanguageProvider } from './web/src/platform/i18n.js';
import { ScanScreen } from './web/src/scanner/scan-screen.js';
import './web/src/styles/base.css';
import './web/src/phone/phone.css';

const purpose = new URLSearchParams(location.search).get('purpose') === 'add' ? 'add' : 'link';

function Harness() {
  const [result, setResult] = useState('');
  if (result) return <p id="result">{result}</p>;
  return <ScanScreen purpose={purpose} onCode={(token) => setResult('code:' + token)} onCancel={() => setResult('cancelled')} />;
}

render(<LanguageProvider><main id="main" class="phone__main"><Harness /></main></LanguageProvider>, document.body);
`;

type Served = { body: string | Buffer; contentType: string };
let bundle: Promise<Map<string, Served>> | undefined;

/** Vite's `?url` imports (the decoder's .wasm) become files served beside the harness. */
const assets = new Map<string, Served>();
const assetUrls: Plugin = {
  name: 'asset-urls',
  setup(builder) {
    builder.onResolve({ filter: /\?url$/ }, (args) => ({
      path: createRequire(join(repository, 'package.json')).resolve(args.path.replace(/\?url$/, '')),
      namespace: 'asset-url',
    }));
    builder.onLoad({ filter: /.*/, namespace: 'asset-url' }, (args) => {
      const name = basename(args.path);
      assets.set(name, {
        body: readFileSync(args.path),
        contentType: name.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream',
      });
      return { contents: `export default ${JSON.stringify(`/scanner-harness/${name}`)};`, loader: 'js' };
    });
  },
};

function harnessBundle() {
  bundle ??= build({
    plugins: [assetUrls],
    stdin: { contents: harnessEntry, resolveDir: repository, loader: 'tsx', sourcefile: 'harness.tsx' },
    // The QR worker (scanner/worker-decoder.ts starts it as `new URL('./qr-worker.ts', import.meta.url)`,
    // which Vite bundles and esbuild does not): an entry of its own, served at that URL below.
    entryPoints: [{ in: join(repository, 'web/src/scanner/qr-worker.ts'), out: 'qr-worker' }],
    bundle: true,
    splitting: true,
    format: 'esm',
    write: false,
    outdir: '/out',
    entryNames: '[name]',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'error',
  })
    .then(
      (result) =>
        new Map<string, Served>([
          ...result.outputFiles.map((file): [string, Served] => [
            // esbuild names the stdin entry 'stdin'; the page asks for harness.js and harness.css.
            file.path.replace('/out/', '').replace(/^stdin\./, 'harness.'),
            { body: file.text, contentType: file.path.endsWith('.css') ? 'text/css' : 'text/javascript' },
          ]),
          ...assets,
        ]),
    )
    .then((files) => files.set('qr-worker.ts', files.get('qr-worker.js') as Served));
  return bundle;
}

const harnessPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Scanner</title><link rel="stylesheet" href="harness.css">
<script type="module" src="harness.js"></script></head><body></body></html>`;

/** Opens the scanner on its own at `<origin>/scanner-harness/?purpose=…`. */
export async function openScanner(page: Page, origin: string, purpose: 'link' | 'add' = 'link') {
  const files = await harnessBundle();
  const base = `${origin}/scanner-harness/`;
  await page.route(`${base}**`, (route) => {
    const name = new URL(route.request().url()).pathname.slice('/scanner-harness/'.length);
    const file = name === '' ? { body: harnessPage, contentType: 'text/html' } : files.get(name);
    return file
      ? route.fulfill({ status: 200, body: file.body, contentType: file.contentType })
      : route.fulfill({ status: 404, body: '' });
  });
  await page.goto(`${base}?purpose=${purpose}`);
}
