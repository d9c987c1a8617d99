import { jsPDF } from 'jspdf';

/** A4 in points, and the pixels of A4 at about 200 dpi (DESIGN.md, PDF budget). */
const A4_PT = { width: 595.28, height: 841.89 };
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
 * fit A4 at ~200 dpi and re-encoded as JPEG through a canvas: jsPDF embeds JPEG bytes as they are and
 * misreads some cameras' JPEGs (PITFALLS.md), so it only ever sees the canvas's own.
 */
export async function imagesToPdf(
  pictures: File[],
  onPage: (done: number, count: number) => void = () => undefined,
): Promise<Blob> {
  let pdf: jsPDF | undefined;
  for (const [index, picture] of pictures.entries()) {
    const page = await pageImage(picture);
    const landscape = page.width > page.height;
    const format: [number, number] = landscape ? [A4_PT.height, A4_PT.width] : [A4_PT.width, A4_PT.height];
    const orientation = landscape ? 'landscape' : 'portrait';
    if (!pdf) pdf = new jsPDF({ unit: 'pt', format, orientation, compress: true });
    else pdf.addPage(format, orientation);
    // Fitted and centred on the page, keeping the picture's proportions.
    const [pageWidth, pageHeight] = landscape ? [format[1], format[0]] : format;
    const scale = Math.min(pageWidth / page.width, pageHeight / page.height);
    const width = page.width * scale;
    const height = page.height * scale;
    pdf.addImage(
      page.jpeg,
      'JPEG',
      (pageWidth - width) / 2,
      (pageHeight - height) / 2,
      width,
      height,
      `page-${index}`,
      'NONE',
    );
    onPage(index + 1, pictures.length);
  }
  if (!pdf) throw new Error('A PDF needs at least one page.');
  pdf.setProperties({ title: 'Document', creator: 'Passerelle' });
  return pdf.output('blob');
}

async function pageImage(picture: File): Promise<{ jpeg: Uint8Array; width: number; height: number }> {
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
  return { jpeg: new Uint8Array(await blob.arrayBuffer()), width, height };
}
