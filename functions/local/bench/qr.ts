import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { phoneBrowser, tempFile } from '../../../web/e2e/harness/browser.js';
import { openScanner, qrFeed } from '../../../web/e2e/harness/qr-feed.js';
import { PASSES } from '../../../web/src/scanner/zxing-passes.js';
import { must } from '../../test/must.js';
import { startLocalStack } from '../local-stack.js';

const RUNS = 10;
const GIVE_UP_MS = 5_000;
const OUR_CODES = 100;
const PHOTOS = resolve('../shared/testdata/qr-photos');
/**
 * zxing-js configurations tried on the pictures: each is a list of passes (longest sides, the next
 * tried when the previous read nothing), one pass a frame in turn, over a number of frames.
 */
const ZXING_CONFIGURATIONS: { name: string; passes: number[][]; frames: number }[] = [
  { name: '640', passes: [[640]], frames: 1 },
  { name: '480', passes: [[480]], frames: 1 },
  { name: '400', passes: [[400]], frames: 1 },
  { name: '640+400', passes: [[640, 400]], frames: 1 },
  { name: 'scanner, 1 frame', passes: PASSES, frames: 1 },
  { name: 'scanner, 5 frames (1 s)', passes: PASSES, frames: 5 },
];

/**
 * QR budgets of DESIGN.md: camera ready → decoded with Chromium's fake camera filming one of our
 * codes (p50 ≤ 300 ms), and the decode rate on ZXing's real photos (`../shared/testdata/qr-photos`).
 * Both run the scanner's own code: ScanScreen in the test harness page, and its zxing decoder.
 */
export async function benchQr() {
  const stack = await startLocalStack({ port: 0, webDir: resolve('dist/web') });
  try {
    const code = `${stack.origin}/app/link#${randomBytes(32).toString('base64url')}`;
    return {
      latencyMs: {
        screen: await latency(stack.origin, code, 'screen'),
        photo: await latency(stack.origin, code, 'photo'),
        budgetP50: 300,
      },
      ...(await decodeRates(stack.origin)),
    };
  } finally {
    await stack.stop();
  }
}

async function decodeRates(origin: string) {
  const { context } = await phoneBrowser();
  try {
    const page = await decodersPage(context, origin);
    return {
      ourCodesRate: await decodeRate(page, await ourCodes(origin)),
      photosRate: existsSync(PHOTOS)
        ? await decodeRate(page, photos())
        : { skipped: `${PHOTOS} not found: ZXing's photos are not measured` },
    };
  } finally {
    await context.close();
  }
}

async function latency(origin: string, code: string, look: 'screen' | 'photo') {
  const feed = tempFile('feed.y4m');
  const { context } = await phoneBrowser({ y4m: feed });
  try {
    await qrFeed(context, code, feed, { look });
    const fromReady: number[] = [];
    const fromContinue: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const scan = await oneScan(context, origin);
      if (!scan) continue;
      fromReady.push(scan.ready);
      fromContinue.push(scan.continued);
    }
    return {
      runs: RUNS,
      unread: RUNS - fromReady.length,
      cameraReadyToDecoded: percentiles(fromReady),
      continueToDecoded: percentiles(fromContinue),
    };
  } finally {
    await context.close();
  }
}

/**
 * From the moment the screen says the camera is ready (and from the tap on 'Continue', which adds the
 * camera's start) to the moment it hands over the token; null when nothing was read in time.
 */
async function oneScan(
  context: BrowserContext,
  origin: string,
): Promise<{ ready: number; continued: number } | null> {
  const page = await context.newPage();
  try {
    await openScanner(page, origin, 'link');
    await page.evaluate(() => {
      const marks: Record<string, number> = {};
      Object.assign(globalThis, { scanMarks: marks });
      document.addEventListener('click', () => (marks.continued = performance.now()), { once: true });
      new MutationObserver(() => {
        if (!marks.ready && document.body.textContent?.includes('Hold your device still'))
          marks.ready = performance.now();
        if (!marks.decoded && document.getElementById('result')) marks.decoded = performance.now();
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole('button', { name: 'Continue' }).click();
    const read = await page
      .locator('#result')
      .waitFor({ timeout: GIVE_UP_MS })
      .then(() => true)
      .catch(() => false);
    if (!read) return null;
    const marks = await page.evaluate(
      () =>
        (globalThis as unknown as { scanMarks: { continued: number; ready: number; decoded: number } })
          .scanMarks,
    );
    return { ready: marks.decoded - marks.ready, continued: marks.decoded - marks.continued };
  } finally {
    await page.close();
  }
}

function percentiles(samples: number[]) {
  if (!samples.length) return null;
  const sorted = samples.map(Math.round).sort((a, b) => a - b);
  const at = (q: number) =>
    must(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))], 'a sample (there is one)');
  return { p50: at(0.5), p90: at(0.9), samples: sorted };
}

/**
 * A page with both decoders on the same pictures: the scanner's zxing-js (ZXING_CONFIGURATIONS) and zxing-cpp (zxing-wasm, the budget's
 * yardstick), its .wasm served from node_modules, never from a CDN.
 */
const decodersEntry = `
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { zxingDecoder } from './web/src/scanner/zxing-page-decoder.js';

prepareZXingModule({ overrides: { locateFile: (path, prefix) => path.endsWith('.wasm') ? '/qr-bench/zxing_reader.wasm' : prefix + path } });

async function decodeAll(dataUrl, configurations) {
  const picture = new Image();
  picture.src = dataUrl;
  await picture.decode();
  const outcomes = [];
  for (const { passes, frames } of configurations) {
    const decoder = zxingDecoder(passes);
    const started = performance.now();
    let texts = [];
    for (let frame = 0; frame < frames && !texts.length; frame += 1) texts = await decoder.decode(picture);
    outcomes.push({ texts, ms: performance.now() - started });
  }
  const canvas = document.createElement('canvas');
  canvas.width = picture.naturalWidth;
  canvas.height = picture.naturalHeight;
  const context = canvas.getContext('2d');
  context.drawImage(picture, 0, 0);
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
  const started = performance.now();
  const results = await readBarcodes(pixels, { formats: ['QRCode'], tryHarder: true, maxNumberOfSymbols: 1 });
  outcomes.push({ texts: results.filter((result) => result.isValid).map((result) => result.text), ms: performance.now() - started });
  return outcomes;
}
Object.assign(globalThis, { decodeAll });
`;

async function decodersPage(context: BrowserContext, origin: string) {
  const bundle = await build({
    stdin: { contents: decodersEntry, resolveDir: resolve('.'), loader: 'ts', sourcefile: 'decoders.ts' },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  const wasm = readFileSync(createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'));
  const page = await context.newPage();
  await page.route(`${origin}/qr-bench/**`, (route) => {
    const name = new URL(route.request().url()).pathname;
    if (name.endsWith('.wasm')) return route.fulfill({ body: wasm, contentType: 'application/wasm' });
    if (name.endsWith('.js'))
      return route.fulfill({
        body: must(bundle.outputFiles[0], "esbuild's bundle of the decoders").text,
        contentType: 'text/javascript',
      });
    return route.fulfill({
      body: '<!doctype html><script type="module" src="decoders.js"></script>',
      contentType: 'text/html',
    });
  });
  await page.goto(`${origin}/qr-bench/`);
  await page.waitForFunction(() => 'decodeAll' in globalThis);
  return page;
}

type Tally = Record<string, { read: number; ms: number }>;

/** Decodes each picture with every configuration; counts the exact reads and the time spent. */
async function decodeRate(page: Page, pictures: { png: Buffer; expected: string }[]) {
  const names = [...ZXING_CONFIGURATIONS.map(({ name }) => `zxing-js ${name}`), 'zxing-wasm'];
  const tally: Tally = Object.fromEntries(names.map((name) => [name, { read: 0, ms: 0 }]));
  for (const { png, expected } of pictures) {
    const outcomes = await page.evaluate(
      ({ dataUrl, configurations }) =>
        (
          globalThis as unknown as {
            decodeAll(url: string, configurations: unknown): Promise<{ texts: string[]; ms: number }[]>;
          }
        ).decodeAll(dataUrl, configurations),
      { dataUrl: `data:image/png;base64,${png.toString('base64')}`, configurations: ZXING_CONFIGURATIONS },
    );
    outcomes.forEach((outcome, index) => {
      const entry = must(tally[must(names[index], 'a decoder for each outcome')], "the decoder's tally");
      if (outcome.texts.includes(expected)) entry.read += 1;
      entry.ms += outcome.ms;
    });
  }
  return Object.fromEntries(
    Object.entries(tally).map(([name, { read, ms }]) => [
      name,
      { read, of: pictures.length, meanMs: Math.round((ms / pictures.length) * 10) / 10 },
    ]),
  );
}

/** ZXing's photos of printed codes, when ../shared is there (a newcomer's clone has none). */
function photos() {
  return readdirSync(PHOTOS)
    .filter((name) => /^\d+\.png$/.test(name))
    .map((name) => ({
      png: readFileSync(resolve(PHOTOS, name)),
      expected: readFileSync(resolve(PHOTOS, name.replace('.png', '.txt')), 'utf8'),
    }));
}

/** Our own codes, crisp, padded in a camera frame as the fake camera shows them: random tokens. */
async function ourCodes(origin: string) {
  return Promise.all(
    Array.from({ length: OUR_CODES }, async () => {
      const expected = `${origin}/app/link#${randomBytes(32).toString('base64url')}`;
      // A wide margin stands for the rest of the camera frame (about 480 px, as the fake camera's).
      const png = await QRCode.toBuffer(expected, { errorCorrectionLevel: 'M', margin: 21, scale: 6 });
      return { png, expected };
    }),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchQr().then(
    (report) => {
      console.log(JSON.stringify(report, null, 2));
      process.exit(0);
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
