import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { allowCompiledFunctions } from '../../../web/e2e/harness/in-page.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PHOTOS = resolve('../shared/testdata/document-photos');

/**
 * Document outline budget (DESIGN.md): ≤ 25 ms a frame at 480 px, IoU ≥ 0.9 on the test photos.
 * In Chromium, the phone's own finder (web/src/take-picture/find-outline.ts) runs on the real photos
 * of ../shared/testdata: each page photo composited onto each empty surface with known perspectives,
 * the empty surfaces alone (nothing must be found) and the receipt against its mask.
 */
export async function benchDocumentOutline() {
  if (!existsSync(PHOTOS)) return { skipped: `${PHOTOS} is not here (a fresh clone has no ../shared)` };
  const files = readdirSync(PHOTOS);
  const asDataUrl = (name: string) =>
    `data:image/${name.endsWith('.png') ? 'png' : 'jpeg'};base64,${readFileSync(join(PHOTOS, name)).toString('base64')}`;
  const surfaces = files.filter((name) => /desktop|keyboard/.test(name));
  const pages = files.filter((name) => name.startsWith('page-'));
  const vite = await createServer({
    configFile: resolve('vite.config.ts'),
    server: { port: 0 },
    logLevel: 'silent',
  });
  await vite.listen();
  const origin = vite.resolvedUrls!.local[0]!.replace(/\/$/, '');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/app`);
    await allowCompiledFunctions(page);
    return await page.evaluate(
      async ({ surfaces, pages, receipt, mask }) => {
        const { findOutline } = await import('/src/take-picture/find-outline.ts' as string);
        const { iou } = await import('/src/take-picture/test-scenes.ts' as string);
        const load = async (url: string) => {
          const image = new Image();
          image.src = url;
          await image.decode();
          return image;
        };
        const frame = (draw: (context: CanvasRenderingContext2D) => void, width = 480, height = 360) => {
          const canvas = document.createElement('canvas');
          canvas.width = width;
          canvas.height = height;
          const context = canvas.getContext('2d', { willReadFrequently: true })!;
          draw(context);
          return context.getImageData(0, 0, width, height);
        };
        const placements = [
          [
            [150, 40],
            [335, 52],
            [320, 330],
            [128, 312],
          ],
          [
            [170, 30],
            [330, 45],
            [370, 330],
            [110, 320],
          ],
          [
            [120, 70],
            [310, 30],
            [365, 285],
            [175, 335],
          ],
        ];
        const timings: number[] = [];
        const scores: number[] = [];
        let missed = 0;
        const bySurface: Record<string, number> = {};
        for (const [surfaceName, surfaceUrl] of Object.entries(surfaces)) {
          const surface = await load(surfaceUrl as string);
          bySurface[surfaceName] = 0;
          for (const pageUrl of Object.values(pages)) {
            const sheet = await load(pageUrl as string);
            for (const corners of placements) {
              const image = frame((context) => {
                context.drawImage(surface, 0, 0, 480, 360);
                const [tl, tr, br, bl] = corners as [number, number][];
                const strips = 180;
                for (let s = 0; s < strips; s += 1) {
                  const v = s / strips;
                  const lerp = (a: number[], b: number[], t: number) => [
                    a[0]! + (b[0]! - a[0]!) * t,
                    a[1]! + (b[1]! - a[1]!) * t,
                  ];
                  const left = lerp(tl!, bl!, v);
                  const right = lerp(tr!, br!, v);
                  const below = lerp(tl!, bl!, (s + 1) / strips);
                  const sh = sheet.height / strips;
                  context.setTransform(
                    (right[0]! - left[0]!) / sheet.width,
                    (right[1]! - left[1]!) / sheet.width,
                    (below[0]! - left[0]!) / sh,
                    (below[1]! - left[1]!) / sh,
                    left[0]!,
                    left[1]!,
                  );
                  context.drawImage(
                    sheet,
                    0,
                    v * sheet.height,
                    sheet.width,
                    sh + 0.5,
                    0,
                    0,
                    sheet.width,
                    sh + 0.5,
                  );
                }
                context.setTransform(1, 0, 0, 1, 0, 0);
              });
              const started = performance.now();
              const found = findOutline(image);
              timings.push(performance.now() - started);
              const truth = corners.map(([x, y]) => ({ x, y }));
              if (!found) missed += 1;
              if (found && iou(found.corners, truth, 480, 360) >= 0.9) bySurface[surfaceName]! += 1;
              scores.push(found ? iou(found.corners, truth, 480, 360) : 0);
            }
          }
        }
        let falseOutlines = 0;
        for (const surfaceUrl of Object.values(surfaces)) {
          const surface = await load(surfaceUrl as string);
          const image = frame((context) => context.drawImage(surface, 0, 0, 480, 360));
          if (findOutline(image)) falseOutlines += 1;
        }
        // The receipt on a white desk: the hard case (PITFALLS.md: OpenCV found nothing either).
        const receiptImage = await load(receipt);
        const height = Math.round((480 * receiptImage.height) / receiptImage.width);
        const photo = frame((context) => context.drawImage(receiptImage, 0, 0, 480, height), 480, height);
        const maskImage = await load(mask);
        const maskPixels = frame((context) => context.drawImage(maskImage, 0, 0, 480, height), 480, height);
        const receiptFound = findOutline(photo);
        let receiptIou = 0;
        if (receiptFound) {
          let both = 0;
          let either = 0;
          const inside = (x: number, y: number) => {
            let result = false;
            const polygon = receiptFound.corners;
            for (let i = 0, j = 3; i < 4; j = i++) {
              const a = polygon[i]!;
              const b = polygon[j]!;
              if (a.y > y !== b.y > y && x < ((b.x - a.x) * (y - a.y)) / (b.y - a.y) + a.x) result = !result;
            }
            return result;
          };
          for (let y = 0; y < height; y += 1) {
            for (let x = 0; x < 480; x += 1) {
              const inMask = maskPixels.data[(y * 480 + x) * 4]! > 127;
              const inFound = inside(x + 0.5, y + 0.5);
              if (inMask && inFound) both += 1;
              if (inMask || inFound) either += 1;
            }
          }
          receiptIou = both / either;
        }
        timings.sort((a, b) => a - b);
        scores.sort((a, b) => a - b);
        const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;
        return {
          composites: scores.length,
          missed,
          iou: {
            min: round(scores[0]!),
            median: round(scores[Math.floor(scores.length / 2)]!),
            mean: round(scores.reduce((s, v) => s + v, 0) / scores.length),
          },
          atLeast0_9: scores.filter((score) => score >= 0.9).length,
          atLeast0_9BySurface: bySurface,
          msPerFrame: {
            p50: round(timings[Math.floor(timings.length / 2)]!, 1),
            max: round(timings[timings.length - 1]!, 1),
            budget: 25,
          },
          emptySurfaces: { tried: Object.keys(surfaces).length, falseOutlines },
          receipt: { found: Boolean(receiptFound), iou: round(receiptIou) },
          note: 'main thread of headless Chromium, 480 px frames; the app runs it in a worker',
        };
      },
      {
        surfaces: Object.fromEntries(surfaces.map((name) => [name, asDataUrl(name)])),
        pages: Object.fromEntries(pages.map((name) => [name, asDataUrl(name)])),
        receipt: asDataUrl('receipt.jpg'),
        mask: asDataUrl('receipt-mask.png'),
      },
    );
  } finally {
    await browser.close();
    await vite.close();
  }
}
