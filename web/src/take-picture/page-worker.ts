/// <reference lib="webworker" />
import { findOutline } from '../capture/find-outline.js';
import { choosePageMode, toBlackAndWhite, toGrey } from '../capture/page-mode.js';
import { pageSize, rotateQuarterTurns, warpToRectangle } from '../capture/perspective.js';
import type { Raster } from '../capture/raster.js';
import type { Corners, PageMode } from './page-store.js';
import { encodePng1Bit } from './png-1bit.js';
import { judgePage } from './quality.js';

/**
 * Turns one photo into one flat PDF page, off the main thread: perspective correction to ~200 dpi,
 * quarter turns, then the document's mode — 'document' as a 1-bit PNG, 'grey' and 'colour' as JPEG.
 */
export interface PageJob {
  kind: 'page';
  photo: Blob;
  corners: Corners;
  rotation: number;
  mode: PageMode;
  /** A smaller rendering (the editor's live preview); the PDF's size when absent. */
  maxWidth?: number;
  /** Also judge the page (quality.ts): whether its outline was found by the finder, in a photo of this size. */
  judge?: { detected: boolean; photo: { width: number; height: number } };
}

/** Finds the outline again in a full-resolution still (it was found in a video frame). */
export interface OutlineJob {
  kind: 'outline';
  photo: Blob;
}

export interface ModeJob {
  kind: 'mode';
  photo: Blob;
  corners: Corners;
}

const JPEG_QUALITY = { grey: 0.55, colour: 0.6 } as const;

async function pixelsOf(photo: Blob) {
  const bitmap = await createImageBitmap(photo);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

async function flatPage(photo: Blob, corners: Corners, rotation: number, maxWidth?: number) {
  const source = await pixelsOf(photo);
  const size = pageSize(corners);
  const scale = maxWidth ? Math.min(1, maxWidth / size.width) : 1;
  const width = Math.max(1, Math.round(size.width * scale));
  const height = Math.max(1, Math.round(size.height * scale));
  return rotateQuarterTurns(warpToRectangle(source, corners, width, height), rotation);
}

async function encodeJpeg(image: Raster, quality: number) {
  const canvas = new OffscreenCanvas(image.width, image.height);
  canvas
    .getContext('2d')!
    .putImageData(new ImageData(new Uint8ClampedArray(image.data), image.width, image.height), 0, 0);
  // Re-encoding through a canvas also avoids jsPDF's misreading of some camera JPEGs (PITFALLS.md).
  return new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality })).arrayBuffer());
}

const ANALYSIS_WIDTH = 480;

self.onmessage = async (event: MessageEvent<PageJob | ModeJob | OutlineJob>) => {
  const job = event.data;
  try {
    if (job.kind === 'outline') {
      const bitmap = await createImageBitmap(job.photo);
      const scale = Math.min(1, ANALYSIS_WIDTH / bitmap.width);
      const width = Math.round(bitmap.width * scale);
      const height = Math.round(bitmap.height * scale);
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d', { willReadFrequently: true })!;
      context.drawImage(bitmap, 0, 0, width, height);
      bitmap.close();
      const found = findOutline(context.getImageData(0, 0, width, height));
      self.postMessage({ corners: found?.corners.map((p) => ({ x: p.x / scale, y: p.y / scale })) ?? null });
      return;
    }
    if (job.kind === 'mode') {
      const preview = await flatPage(job.photo, job.corners, 0, 600);
      self.postMessage({ mode: choosePageMode(preview) });
      return;
    }
    const upright = await flatPage(job.photo, job.corners, 0, job.maxWidth);
    // Judged as it will be sent: the flattened page at the PDF's resolution.
    const quality = job.judge && judgePage(upright, { corners: job.corners, ...job.judge });
    const page = rotateQuarterTurns(upright, job.rotation);
    if (job.mode === 'document') {
      const blackAndWhite = toBlackAndWhite(page);
      const ink = new Uint8Array(page.width * page.height);
      for (let i = 0; i < ink.length; i += 1) ink[i] = blackAndWhite.data[i * 4]! < 128 ? 1 : 0;
      const bytes = await encodePng1Bit(ink, page.width, page.height);
      self.postMessage(
        { bytes, format: 'PNG', width: page.width, height: page.height, quality },
        { transfer: [bytes.buffer] },
      );
      return;
    }
    const image = job.mode === 'grey' ? toGrey(page) : page;
    const bytes = await encodeJpeg(image, JPEG_QUALITY[job.mode]);
    self.postMessage(
      { bytes, format: 'JPEG', width: image.width, height: image.height, quality },
      { transfer: [bytes.buffer] },
    );
  } catch (error) {
    self.postMessage({ error: String((error as Error).message ?? error) });
  }
};
