/// <reference lib="webworker" />
import { expose, transfer } from 'comlink';
import { findOutline } from '../capture/find-outline.js';
import { modeOf, processPage } from '../pdf/process-page.js';
import type { Corners, PageMode } from './page-store.js';
import { judgePage } from './quality.js';

/**
 * Turns one photo into one flat PDF page, off the main thread (`processPage`, web/src/pdf):
 * perspective correction to ~200 dpi, quarter turns, then the document's mode — 'document' as a
 * 1-bit PNG, 'grey' as a one-channel JPEG, 'colour' as JPEG — and judges it (quality.ts). Called
 * through platform/worker-bridge.ts by page-render.ts and page-processing.ts.
 */
export interface PageJob {
  photo: Blob;
  corners: Corners;
  rotation: number;
  mode: PageMode;
  /** A smaller rendering (the editor's live preview); the PDF's size when absent. */
  maxWidth?: number;
  /** Also judge the page (quality.ts): whether its outline was found by the finder, in a photo of this size. */
  judge?: { detected: boolean; photo: { width: number; height: number } };
}

const ANALYSIS_WIDTH = 480;

const pageWorker = {
  async page(job: PageJob) {
    // The pipeline (crop, flatten, turn, mode, encode) lives in web/src/pdf (docs/capture.md).
    const { page, raster } = await processPage(job, Boolean(job.judge));
    // Judged as it will be sent: the flattened page at the PDF's resolution.
    const quality = job.judge && raster && judgePage(raster, { corners: job.corners, ...job.judge });
    return transfer({ ...page, quality }, [page.bytes.buffer]);
  },

  /** The mode that suits the document, judged from a page. */
  mode(photo: Blob, corners: Corners): Promise<PageMode> {
    return modeOf(photo, corners);
  },

  /** Finds the outline again in a full-resolution still (it was found in a video frame), in its pixels. */
  async outline(photo: Blob): Promise<Corners | null> {
    const bitmap = await createImageBitmap(photo);
    const scale = Math.min(1, ANALYSIS_WIDTH / bitmap.width);
    const width = Math.round(bitmap.width * scale);
    const height = Math.round(bitmap.height * scale);
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(bitmap, 0, 0, width, height);
    bitmap.close();
    const found = findOutline(context.getImageData(0, 0, width, height));
    return (found?.corners.map((p) => ({ x: p.x / scale, y: p.y / scale })) as Corners | undefined) ?? null;
  },
};

export type PageWorker = typeof pageWorker;

expose(pageWorker);
