import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { createServer } from 'vite';
import { allowCompiledFunctions } from '../../../web/e2e/harness/in-page.js';
import { must } from '../../test/must.js';
import { captureScene, truthWords } from './capture-scene.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The sources a page comes from: a 12-MP still (`takePhoto`), and the two usual video frames. */
const SOURCES = [
  { name: 'still 4000×3000', width: 4000, height: 3000 },
  { name: 'frame 1920×1080', width: 1920, height: 1080 },
  { name: 'frame 1280×720', width: 1280, height: 720 },
] as const;

/**
 * PDF budget (DESIGN.md, issue 12): 10 'Document' pages from 12-MP stills built ≤ 2 s; KB per page by
 * mode. The phone's own code (`web/src/pdf/process-pages.ts`, its workers, jsPDF) runs in Chromium,
 * served by Vite's dev server, on a letter with a shaded table composed in the page. Legibility:
 * tesseract's word recall on the filed page (rendered from the PDF) and on the original photo, against
 * the words printed. Also the PDF's image colour spaces, read by pdfimages.
 */
export async function benchPdf() {
  const vite = await createServer({
    configFile: resolve('vite.config.ts'),
    server: { port: 0, strictPort: false },
    optimizeDeps: { include: ['jspdf', '@jsquash/jpeg/encode'] },
    logLevel: 'silent',
  });
  await vite.listen();
  const origin = must(vite.resolvedUrls?.local[0], "Vite's local URL once listening").replace(/\/$/, '');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const work = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/app`);
    // The first imports make Vite optimise jspdf and @jsquash and reload the page: let that happen first.
    await page.evaluate(() => import('/src/pdf/process-pages.ts' as string)).catch(() => undefined);
    await page.evaluate(() => import('/src/pdf/build-pdf.ts' as string)).catch(() => undefined);
    await page.waitForTimeout(3000);
    await page.waitForLoadState('load');
    await allowCompiledFunctions(page);
    // A warm-up of every mode: the workers' own imports may make Vite optimise and reload once more.
    const small = await captureScene(context, 640, 480);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      try {
        for (const mode of ['auto', 'document', 'grey', 'colour'] as const) await build(page, small, mode, 2);
        break;
      } catch {
        await page.waitForTimeout(3000);
        await page.goto(`${origin}/app`);
        await allowCompiledFunctions(page);
      }
    }
    const results: Record<string, unknown> = {};
    for (const source of SOURCES) {
      const scene = await captureScene(context, source.width, source.height);
      const photoPath = join(work, `photo-${source.width}.jpg`);
      writeFileSync(photoPath, scene.jpeg);
      const perSource: Record<string, unknown> = { photoKB: Math.round(scene.jpeg.length / 1024) };
      const chosen = await build(page, scene, 'auto', 1);
      perSource.chosenMode = chosen.mode;
      for (const mode of ['document', 'grey', 'colour'] as const) {
        const one = await build(page, scene, mode, 1);
        const ten = await build(page, scene, mode, 10);
        const pdfPath = join(work, `${mode}-${source.width}.pdf`);
        writeFileSync(pdfPath, one.pdf);
        perSource[mode] = {
          onePageMs: one.ms,
          tenPagesMs: ten.ms,
          perPageKB: Math.round(ten.pdf.length / 10 / 1024),
          pagePx: one.pagePx,
          colourSpaces: colourSpaces(pdfPath),
          ocrWordRecall: ocrRecall(pdfPath, true),
        };
      }
      perSource.photoOcrWordRecall = ocrRecall(photoPath, false);
      results[source.name] = perSource;
    }
    return {
      ...results,
      loadAverage: (await import('node:os')).loadavg()[0],
      budgets: { tenDocumentPagesFromStillsMs: 2000, documentPageKB: 80, colourPageKB: 250 },
    };
  } finally {
    await browser.close();
    await vite.close();
    rmSync(work, { recursive: true, force: true });
  }
}

async function build(
  page: Page,
  scene: { jpeg: Buffer; corners: [number, number][] },
  mode: 'document' | 'grey' | 'colour' | 'auto',
  count: number,
) {
  const answer = await page.evaluate(
    async ({ jpeg, corners, mode, count }) => {
      const { suggestMode, buildDocumentPdf } = await import(
        '/src/take-picture/page-processing.ts' as string
      );
      const photo = new Blob([Uint8Array.from(atob(jpeg), (c) => c.charCodeAt(0))], { type: 'image/jpeg' });
      const pages = Array.from({ length: count }, (_, order) => ({
        pageId: String(order),
        sessionId: 'bench',
        order,
        photo,
        width: 0,
        height: 0,
        corners: corners.map(([x, y]: [number, number]) => ({ x, y })),
        rotation: 0,
        takenAt: performance.now() + Math.random(),
      }));
      const started = performance.now();
      const chosen = mode === 'auto' ? await suggestMode(pages[0]) : mode;
      const pdf: Blob = await buildDocumentPdf(pages, chosen, () => undefined);
      const ms = performance.now() - started;
      const bytes = new Uint8Array(await pdf.arrayBuffer());
      let text = '';
      for (let i = 0; i < bytes.length; i += 0x8000)
        text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { ms: Math.round(ms), pdf: btoa(text), mode: chosen as string };
    },
    { jpeg: scene.jpeg.toString('base64'), corners: scene.corners, mode, count },
  );
  const pdf = Buffer.from(answer.pdf, 'base64');
  return { ms: answer.ms, pdf, mode: answer.mode, pagePx: pageImageSize(pdf) };
}

function pageImageSize(pdf: Buffer): string {
  const match = /\/Width (\d+)\s*\/Height (\d+)/.exec(pdf.toString('latin1'));
  return match ? `${match[1]}×${match[2]}` : '?';
}

/** The colour space of every image in the PDF, as pdfimages lists it (gray, rgb…). */
function colourSpaces(pdfPath: string): string[] {
  const list = execFileSync('pdfimages', ['-list', pdfPath], { encoding: 'utf8' });
  return [
    ...new Set(
      list
        .split('\n')
        .slice(2)
        .filter(Boolean)
        .map((line) => {
          const cols = line.trim().split(/\s+/);
          return `${cols[5]}, ${cols[6]} channel(s), ${cols[7]} bit, ${cols[8]}`;
        }),
    ),
  ];
}

/** Share of the printed words tesseract reads back (from the PDF rendered at 200 dpi, or the photo). */
function ocrRecall(path: string, isPdf: boolean): number {
  let image = path;
  if (isPdf) {
    execFileSync('pdftoppm', ['-r', '200', '-gray', '-png', '-singlefile', path, `${path}-page`]);
    image = `${path}-page.png`;
  }
  const text = execFileSync('tesseract', [image, '-', '--psm', '3'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const read = new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
  const truth = truthWords();
  return Math.round((truth.filter((w) => read.has(w)).length / truth.length) * 1000) / 1000;
}
