import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { phoneBrowser, tempFile } from '../../../web/e2e/harness/browser.js';
import { openScanner, qrFeed } from '../../../web/e2e/harness/qr-feed.js';
import { startLocalStack } from '../local-stack.js';

const RUNS = 10;
const GIVE_UP_MS = 5_000;
const PHOTOS = resolve('../shared/testdata/qr-photos');
/** Longest sides tried on the photos; a list means "the next one when the previous read nothing". */
const PHOTO_SIDES: number[][] = [[640], [480], [400], [320], [640, 480], [640, 400], [640, 320]];

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
      photos: existsSync(PHOTOS) ? await photoRate(stack.origin) : { skipped: `${PHOTOS} not found` },
    };
  } finally {
    await stack.stop();
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
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p90: at(0.9), samples: sorted };
}

async function photoRate(origin: string) {
  const { context } = await phoneBrowser();
  try {
    const page = await context.newPage();
    await openScanner(page, origin, 'link');
    const names = readdirSync(PHOTOS).filter((name) => /^\d+\.png$/.test(name));
    const results: Record<string, { read: number; ms: number }> = {};
    for (const sizes of PHOTO_SIDES) results[sizes.join('+')] = { read: 0, ms: 0 };
    for (const name of names) {
      const expected = readFileSync(resolve(PHOTOS, name.replace('.png', '.txt')), 'utf8');
      const dataUrl = `data:image/png;base64,${readFileSync(resolve(PHOTOS, name)).toString('base64')}`;
      const outcomes = await page.evaluate(
        async ({ dataUrl, configurations }) => {
          type Decoder = { decode(picture: HTMLImageElement): Promise<string[]> };
          const make = (globalThis as unknown as { zxingDecoder(sides: number[]): Decoder }).zxingDecoder;
          const photo = new Image();
          photo.src = dataUrl;
          await photo.decode();
          const outcomes: { texts: string[]; ms: number }[] = [];
          for (const sizes of configurations) {
            const started = performance.now();
            const texts = await make(sizes).decode(photo);
            outcomes.push({ texts, ms: performance.now() - started });
          }
          return outcomes;
        },
        { dataUrl, configurations: PHOTO_SIDES },
      );
      outcomes.forEach((outcome, index) => {
        const result = results[PHOTO_SIDES[index]!.join('+')]!;
        if (outcome.texts.includes(expected)) result.read += 1;
        result.ms += outcome.ms;
      });
    }
    return {
      photos: names.length,
      zxingByLongestSide: Object.fromEntries(
        Object.entries(results).map(([sizes, { read, ms }]) => [
          sizes,
          {
            read,
            rate: Math.round((read / names.length) * 100) / 100,
            meanMs: Math.round(ms / names.length),
          },
        ]),
      ),
    };
  } finally {
    await context.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
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
