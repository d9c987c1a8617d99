import { jsPDF } from 'jspdf';

export interface ProcessedPage {
  bytes: Uint8Array;
  format: 'JPEG' | 'PNG';
  /** Pixels of the flattened page; the PDF page keeps its aspect at A4 width. */
  width: number;
  height: number;
}

const A4_WIDTH_PT = 595.28;

/**
 * Puts the flattened pages into one PDF, each on a page of A4 width and its own aspect, image filling
 * it. jsPDF embeds JPEG bytes as they are and keeps 1-bit PNGs at 1 bit (PITFALLS.md): the size is
 * decided when the pages are encoded, not here.
 */
export function assemblePdf(pages: ProcessedPage[]): Blob {
  let pdf: jsPDF | undefined;
  pages.forEach((page, index) => {
    const width = A4_WIDTH_PT;
    const height = (A4_WIDTH_PT * page.height) / page.width;
    const orientation = width > height ? 'landscape' : 'portrait';
    if (!pdf) pdf = new jsPDF({ unit: 'pt', format: [width, height], orientation, compress: true });
    else pdf.addPage([width, height], orientation);
    pdf.addImage(
      page.bytes,
      page.format,
      0,
      0,
      width,
      height,
      `page-${index}`,
      page.format === 'PNG' ? 'FAST' : 'NONE',
    );
  });
  if (!pdf) throw new Error('A PDF needs at least one page.');
  pdf.setProperties({ title: 'Document', creator: 'Passerelle' });
  return pdf.output('blob');
}
