import { documentInk } from '../capture/document-mode.js';
import { choosePageMode, type PageMode } from '../capture/page-mode.js';
import { pageSize } from '../capture/perspective.js';
import { createRaster, type Quad, type Raster } from '../capture/raster.js';
import { encodePng1Bit } from '../take-picture/png-1bit.js';
import { flatColour, flatLuma, pagePixels } from './flat-page.js';

/** A page ready for the PDF: the encoded bytes jsPDF embeds as they are. */
export interface ProcessedPage {
  bytes: Uint8Array;
  format: 'JPEG' | 'PNG';
  /** Pixels of the flattened page; the PDF page keeps its aspect at A4 width. */
  width: number;
  height: number;
}

export interface PageRequest {
  photo: Blob;
  /** The page's outline in the photo's own pixels. */
  corners: Quad;
  /** Quarter turns clockwise. */
  rotation: number;
  mode: PageMode;
  /** A smaller rendering (a preview): the page's width in pixels before turning. */
  maxWidth?: number;
}

const COLOUR_QUALITY = 0.6;
const GREY_QUALITY = 60;
const PREVIEW_LONG_SIDE = 1400;
/** ~120 dpi on A4's 297 mm. */
const LOW_RESOLUTION_LONG_SIDE = 1400;

async function colourJpeg(image: Raster): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(image.width, image.height);
  canvas
    .getContext('2d')!
    .putImageData(
      new ImageData(image.data as Uint8ClampedArray<ArrayBuffer>, image.width, image.height),
      0,
      0,
    );
  // Re-encoding through a canvas also avoids jsPDF's misreading of some camera JPEGs (PITFALLS.md).
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: COLOUR_QUALITY });
  return new Uint8Array(await blob.arrayBuffer());
}

function greyRaster(luma: Float32Array, width: number, height: number): Raster {
  const out = createRaster(width, height);
  for (let i = 0; i < luma.length; i += 1) {
    out.data[i * 4] = luma[i]!;
    out.data[i * 4 + 1] = luma[i]!;
    out.data[i * 4 + 2] = luma[i]!;
  }
  return out;
}

/**
 * One photo → one flat PDF page, in a worker (`take-picture/page-worker.ts`): only the page's pixels
 * are read, already at the output's size (`flat-page.ts`); 'document' and 'grey' warp the luma alone;
 * turns are done by the warp. 'document' → 1-bit PNG (`documentInk`), 'grey' → one-channel JPEG
 * (MozJPEG), 'colour' → the canvas's JPEG. `withRaster` also returns the flat page as RGBA (the
 * quality gate judges it), at some cost for the grey modes.
 */
export async function processPage(
  job: PageRequest,
  withRaster = false,
): Promise<{ page: ProcessedPage; raster?: Raster }> {
  const full = pageSize(job.corners);
  const scale = job.maxWidth ? Math.min(1, job.maxWidth / full.width) : 1;
  const size = {
    width: Math.max(1, Math.round(full.width * scale)),
    height: Math.max(1, Math.round(full.height * scale)),
  };
  const { image, corners } = await pagePixels(job.photo, job.corners, size);
  if (job.mode === 'colour') {
    const flat = flatColour(image, corners, job.rotation, size);
    const page: ProcessedPage = {
      bytes: await colourJpeg(flat),
      format: 'JPEG',
      width: flat.width,
      height: flat.height,
    };
    return { page, ...(withRaster ? { raster: flat } : {}) };
  }
  const { luma, width, height } = flatLuma(image, corners, job.rotation, size);
  const raster = withRaster ? { raster: greyRaster(luma, width, height) } : {};
  if (job.mode === 'document') {
    const bytes = await encodePng1Bit(documentInk(luma, width, height), width, height);
    return { page: { bytes, format: 'PNG', width, height }, ...raster };
  }
  const { encodeGreyJpeg } = await import('./grey-jpeg.js');
  const bytes = await encodeGreyJpeg(luma, width, height, GREY_QUALITY);
  return { page: { bytes, format: 'JPEG', width, height }, ...raster };
}

/**
 * The mode that suits a page, judged on a ~1400 px preview of the flat page (`choosePageMode`). Below
 * ~120 dpi (a video frame's page) black and white breaks letters up — tesseract read 73 % of the words
 * of a 'document' page from a 1920×1080 frame, 95 % of the 'grey' one — so such a page gets 'grey'.
 */
export async function modeOf(photo: Blob, outline: Quad): Promise<PageMode> {
  const full = pageSize(outline, Number.POSITIVE_INFINITY);
  const scale = Math.min(1, PREVIEW_LONG_SIDE / Math.max(full.width, full.height));
  const size = {
    width: Math.max(1, Math.round(full.width * scale)),
    height: Math.max(1, Math.round(full.height * scale)),
  };
  const { image, corners } = await pagePixels(photo, outline, size);
  const chosen = choosePageMode(flatColour(image, corners, 0, size));
  const lowResolution = Math.max(full.width, full.height) < LOW_RESOLUTION_LONG_SIDE;
  return chosen === 'document' && lowResolution ? 'grey' : chosen;
}
