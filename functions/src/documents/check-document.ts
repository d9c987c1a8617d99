import { checkImage, isJpeg, isPng } from './check-image.js';
import { checkPdf, isPdf } from './check-pdf.js';
import { checkSize, type Refusal, refuse } from './check-refusal.js';

export type DocumentCheck =
  | { ok: true; kind: 'pdf'; pages: number }
  | { ok: true; kind: 'image'; format: 'jpeg' | 'png'; width: number; height: number }
  | Refusal;

/**
 * Checks an uploaded file by what its bytes are, never by its name or declared type: a PNG, an
 * HTML page or a ZIP renamed `.pdf` is refused as not being a PDF (SECURITY.md row 28).
 */
export function checkDocument(
  bytes: Uint8Array,
  limits: { maxBytes: number; maxPages: number },
  allowed: ('pdf' | 'image')[],
): DocumentCheck {
  const size = checkSize(bytes, limits.maxBytes);
  if (size) return size;
  if (allowed.includes('pdf') && isPdf(bytes)) {
    const pdf = checkPdf(bytes, limits);
    return pdf.ok ? { ok: true, kind: 'pdf', pages: pdf.pages } : pdf;
  }
  if (allowed.includes('image') && (isJpeg(bytes) || isPng(bytes))) {
    const image = checkImage(bytes, limits);
    return image.ok
      ? { ok: true, kind: 'image', format: image.kind, width: image.width, height: image.height }
      : image;
  }
  return refusedType(allowed);
}

function refusedType(allowed: ('pdf' | 'image')[]): Refusal {
  if (!allowed.includes('image')) {
    return refuse('not_a_pdf', 'This file is not a PDF. Choose a PDF, or pictures (JPEG, PNG).');
  }
  return refuse(
    'unsupported_file',
    allowed.includes('pdf')
      ? 'This type of file is not accepted. Send a PDF, JPEG or PNG file.'
      : 'This type of file is not accepted here. Send a JPEG or PNG picture.',
  );
}
