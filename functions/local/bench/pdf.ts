import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { documentScene } from '../../../web/e2e/harness/document-scene.js';
import { allowCompiledFunctions } from '../../../web/e2e/harness/in-page.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * PDF budget (DESIGN.md): 10 pages built ≤ 2 s; a text page ≤ 80 KB in 'Document' mode, a colour page
 * ≤ 250 KB, at ~200 dpi. The phone's own code (take-picture/page-processing.ts, with its worker) runs
 * in Chromium, served by Vite's dev server, on composed photos of a text page at 2560×1920.
 */
export async function benchPdf() {
  const vite = await createServer({
    configFile: resolve('vite.config.ts'),
    server: { port: 0, strictPort: false },
    logLevel: 'silent',
  });
  await vite.listen();
  const origin = vite.resolvedUrls!.local[0]!.replace(/\/$/, '');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const context = await browser.newContext();
    const scale = 4;
    const scene = await documentScene(context, {
      width: 640 * scale,
      height: 480 * scale,
      corners: [
        [215 * scale, 62 * scale],
        [452 * scale, 78 * scale],
        [470 * scale, 418 * scale],
        [190 * scale, 404 * scale],
      ],
    });
    const page = await context.newPage();
    await page.goto(`${origin}/app`);
    // The first import makes Vite optimise jspdf and reload the page: let that happen first.
    await page.evaluate(() => import('/src/take-picture/assemble-pdf.ts' as string)).catch(() => undefined);
    await page.waitForTimeout(3000);
    await page.waitForLoadState('load');
    await allowCompiledFunctions(page);
    const results: Record<string, unknown> = {};
    for (const mode of ['document', 'grey', 'colour'] as const) {
      results[mode] = await page.evaluate(
        async ({ png, corners, mode }) => {
          const { buildDocumentPdf } = await import('/src/take-picture/page-processing.ts' as string);
          const photo = new Blob([Uint8Array.from(atob(png), (c) => c.charCodeAt(0))], { type: 'image/png' });
          const bitmap = await createImageBitmap(photo);
          const pages = Array.from({ length: 10 }, (_, order) => ({
            pageId: String(order),
            sessionId: 'bench',
            order,
            photo,
            width: bitmap.width,
            height: bitmap.height,
            corners: corners.map(([x, y]: [number, number]) => ({ x, y })),
            rotation: 0,
            takenAt: 0,
          }));
          const started = performance.now();
          const pdf: Blob = await buildDocumentPdf(pages, mode, () => undefined);
          const ms = performance.now() - started;
          return {
            pages: 10,
            ms: Math.round(ms),
            pdfKB: Math.round(pdf.size / 1024),
            perPageKB: Math.round(pdf.size / 10 / 1024),
          };
        },
        { png: scene.png.toString('base64'), corners: scene.corners, mode },
      );
    }
    return { ...results, budgets: { tenPagesMs: 2000, documentPageKB: 80, colourPageKB: 250 } };
  } finally {
    await browser.close();
    await vite.close();
  }
}
