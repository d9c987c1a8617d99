import { buildPdf, type ProcessedPage } from './build-pdf.js';

/** The pixels of A4 at about 200 dpi (DESIGN.md, PDF budget). */
const A4_PX = { long: 2339, short: 1654 };
const JPEG_QUALITY = 0.7;

export class UnreadableImage extends Error {
  constructor(readonly fileName: string) {
    super(`The picture ${fileName} cannot be read in this browser.`);
  }
}

/**
 * Pictures chosen with 'Select a file' become the pages of one PDF, built on the phone. This module
 * is a lazily loaded chunk (jsPDF is large). Each picture is decoded by the browser (so HEIC works
 * only where the browser can decode it), turned upright from its EXIF orientation, scaled down to
 * fit A4 at ~200 dpi and re-encoded as JPEG through a canvas (jsPDF embeds JPEG bytes as they are and
 * misreads some cameras' JPEGs, PITFALLS.md, so it only ever sees the canvas's own), then laid out
 * by the app's one PDF builder (build-pdf.ts).
 */
export async function imagesToPdf(
  pictures: File[],
  onPage: (done: number, count: number) => void = () => undefined,
): Promise<Blob> {
  const pages: ProcessedPage[] = [];
  for (const picture of pictures) {
    pages.push(await pageImage(picture));
    onPage(pages.length, pictures.length);
  }
  return buildPdf(pages, 'a4-fitted');
}

async function pageImage(picture: File): Promise<ProcessedPage> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(picture, { imageOrientation: 'from-image' });
  } catch {
    throw new UnreadableImage(picture.name);
  }
  const landscape = bitmap.width > bitmap.height;
  const box = landscape ? { w: A4_PX.long, h: A4_PX.short } : { w: A4_PX.short, h: A4_PX.long };
  const scale = Math.min(1, box.w / bitmap.width, box.h / bitmap.height);
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const ink = canvas.getContext('2d')!;
  // A transparent PNG would turn black in a JPEG: paper is white.
  ink.fillStyle = '#ffffff';
  ink.fillRect(0, 0, width, height);
  ink.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY });
  return { bytes: new Uint8Array(await blob.arrayBuffer()), format: 'JPEG', width, height };
}
