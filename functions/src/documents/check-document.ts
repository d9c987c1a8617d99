// Interim signature check until the full PDF/image checks land (helper in progress).
export type DocumentCheck =
  | { ok: true; kind: 'pdf'; pages: number }
  | { ok: true; kind: 'image' }
  | { ok: false; code: string; message: string };

export function checkDocument(
  bytes: Uint8Array,
  limits: { maxBytes: number; maxPages: number },
  allowed: ('pdf' | 'image')[],
): DocumentCheck {
  if (bytes.byteLength === 0) return { ok: false, code: 'file_empty', message: 'This file is empty.' };
  if (bytes.byteLength > limits.maxBytes) return { ok: false, code: 'file_too_large', message: 'Too large.' };
  const head = Buffer.from(bytes.subarray(0, 8));
  if (allowed.includes('pdf') && head.subarray(0, 5).toString() === '%PDF-') return { ok: true, kind: 'pdf', pages: 1 };
  if (allowed.includes('image') && (head[0] === 0xff || head[0] === 0x89)) return { ok: true, kind: 'image' };
  return { ok: false, code: allowed.includes('pdf') ? 'not_a_pdf' : 'unsupported_file', message: 'This file is not a PDF.' };
}
