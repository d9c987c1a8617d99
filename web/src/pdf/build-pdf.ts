import { jsPDF } from 'jspdf';

/** A page image ready to embed: its encoded bytes and pixel size. */
export interface ProcessedPage {
  bytes: Uint8Array;
  format: 'JPEG' | 'PNG';
  /** Pixels of the flattened page. */
  width: number;
  height: number;
}

/**
 * How pages sit on the PDF's pages:
 * - `a4-width` ('Take a picture'): a page of A4 width and the picture's own aspect, image filling it
 *   (the picture was cropped to the document's outline, so it is the page);
 * - `a4-fitted` ('Select a file'): an A4 page, portrait or landscape as the picture, the picture
 *   fitted and centred keeping its proportions (a photo chosen from the gallery is not a page).
 */
export type PageLayout = 'a4-width' | 'a4-fitted';

/** A4 in points. */
export const A4_PT = { width: 595.28, height: 841.89 };

interface Placement {
  format: [number, number];
  orientation: 'portrait' | 'landscape';
  x: number;
  y: number;
  width: number;
  height: number;
}

function place(page: ProcessedPage, layout: PageLayout): Placement {
  if (layout === 'a4-width') {
    const width = A4_PT.width;
    const height = (A4_PT.width * page.height) / page.width;
    const orientation = width > height ? 'landscape' : 'portrait';
    return { format: [width, height], orientation, x: 0, y: 0, width, height };
  }
  const landscape = page.width > page.height;
  const format: [number, number] = landscape ? [A4_PT.height, A4_PT.width] : [A4_PT.width, A4_PT.height];
  // Fitted and centred on the page, keeping the picture's proportions.
  const [pageWidth, pageHeight] = landscape ? [format[1], format[0]] : format;
  const scale = Math.min(pageWidth / page.width, pageHeight / page.height);
  const width = page.width * scale;
  const height = page.height * scale;
  return {
    format,
    orientation: landscape ? 'landscape' : 'portrait',
    x: (pageWidth - width) / 2,
    y: (pageHeight - height) / 2,
    width,
    height,
  };
}

/**
 * The one PDF builder of the web app, for both sources ('Take a picture' and pictures chosen with
 * 'Select a file'). jsPDF embeds JPEG bytes as they are and keeps 1-bit PNGs at 1 bit (PITFALLS.md):
 * the size is decided when the pages are encoded, not here. A lazily loaded chunk (jsPDF is large).
 */
export function buildPdf(pages: ProcessedPage[], layout: PageLayout): Blob {
  let pdf: jsPDF | undefined;
  pages.forEach((page, index) => {
    const { format, orientation, x, y, width, height } = place(page, layout);
    if (!pdf) pdf = new jsPDF({ unit: 'pt', format, orientation, compress: true });
    else pdf.addPage(format, orientation);
    const compression = page.format === 'PNG' ? 'FAST' : 'NONE';
    pdf.addImage(page.bytes, page.format, x, y, width, height, `page-${index}`, compression);
  });
  if (!pdf) throw new Error('A PDF needs at least one page.');
  pdf.setProperties({ title: 'Document', creator: 'Passerelle' });
  return pdf.output('blob');
}
