import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentInk } from '../capture/document-mode.js';
import { lumaOf } from '../capture/raster.js';
import { composePage } from '../capture/test-pages.js';
import { encodePng1Bit } from '../take-picture/png-1bit.js';
import { buildPdf } from './build-pdf.js';
import { encodeGreyJpeg, prepareGreyJpeg } from './grey-jpeg.js';

/**
 * The bytes that go into the PDF, checked with the tools a civil servant's software would trust:
 * poppler's pdfimages lists each page image's colour space and bits, qpdf checks the file.
 */
describe('PDF pages: one channel for grey, one bit for document', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-pages-'));
  const page = composePage(['text', 'table', 'photo'], { pxPerMm: 2 });
  const { width, height } = page.image;
  const luma = lumaOf(page.image);

  beforeAll(async () => {
    const wasm = readFileSync(
      createRequire(import.meta.url).resolve('@jsquash/jpeg/codec/enc/mozjpeg_enc.wasm'),
    );
    await prepareGreyJpeg(await WebAssembly.compile(wasm));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("embeds a 'grey' page as a one-channel JPEG and a 'document' page as a 1-bit image", async () => {
    const grey = await encodeGreyJpeg(luma, width, height, 60);
    // A baseline JPEG whose frame header declares one component.
    const sof = grey.findIndex((b, i) => b === 0xff && grey[i + 1] === 0xc0);
    expect(sof).toBeGreaterThan(0);
    expect(grey[sof + 9]).toBe(1);
    const bw = await encodePng1Bit(documentInk(luma, width, height), width, height);
    const pdf = buildPdf(
      [
        { bytes: grey, format: 'JPEG', width, height },
        { bytes: bw, format: 'PNG', width, height },
      ],
      'a4-width',
    );
    const file = join(dir, 'pages.pdf');
    writeFileSync(file, new Uint8Array(await pdf.arrayBuffer()));
    execFileSync('qpdf', ['--check', file]);
    const rows = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((line) => line.trim().split(/\s+/));
    // page num type width height color comp bpc enc …
    expect(rows.map((r) => [r[5], r[6], r[7], r[8]])).toEqual([
      ['gray', '1', '8', 'jpeg'],
      ['gray', '1', '1', 'image'],
    ]);
  });

  it('makes the grey page smaller than the same page as three channels would be', async () => {
    const grey = await encodeGreyJpeg(luma, width, height, 60);
    // Kilobytes, not megabytes: 420 × 594 px of text, a table and a photo.
    expect(grey.length).toBeLessThan(120_000);
    expect(grey.length).toBeGreaterThan(5_000);
  });
});
