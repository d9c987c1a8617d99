import { describe, expect, it } from 'vitest';
import { checkDocument } from './check-document.js';
import { jpegHeader, pngHeader } from './fixtures/image-headers.js';
import { simplePdf } from './fixtures/pdf-writer.js';

const limits = { maxBytes: 20 * 1024 * 1024, maxPages: 50 };
const html = Buffer.from('<!doctype html><html><script>alert(1)</script></html>');
const zip = Buffer.from('504b0304140000000800', 'hex');

function codeOf(bytes: Uint8Array, allowed: ('pdf' | 'image')[]): string {
  const result = checkDocument(bytes, limits, allowed);
  return result.ok ? result.kind : result.code;
}

describe('checkDocument', () => {
  it('goes by the bytes: a PDF and a picture are recognised and checked', () => {
    expect(checkDocument(simplePdf({ pages: 2 }), limits, ['pdf'])).toEqual({
      ok: true,
      kind: 'pdf',
      pages: 2,
    });
    expect(checkDocument(jpegHeader(640, 480), limits, ['image'])).toEqual({
      ok: true,
      kind: 'image',
      format: 'jpeg',
      width: 640,
      height: 480,
    });
    expect(codeOf(pngHeader(10, 10), ['pdf', 'image'])).toBe('image');
  });

  it.each([
    ['a PNG', pngHeader(10, 10)],
    ['an HTML page', html],
    ['a ZIP', zip],
  ])('refuses %s presented as a PDF (SECURITY.md row 28)', (_name, bytes) => {
    expect(codeOf(bytes, ['pdf'])).toBe('not_a_pdf');
  });

  it('refuses an empty file, and whatever is not a picture where only pictures go', () => {
    expect(codeOf(new Uint8Array(0), ['pdf'])).toBe('file_empty');
    expect(codeOf(simplePdf(), ['image'])).toBe('unsupported_file');
    expect(codeOf(html, ['image'])).toBe('unsupported_file');
    expect(codeOf(zip, ['pdf', 'image'])).toBe('unsupported_file');
  });

  it("passes on the PDF and picture checks' refusals", () => {
    const encrypted = simplePdf({ extra: ['<< /Filter /Standard /V 5 /R 6 >>'], trailer: '/Encrypt 5 0 R' });
    expect(codeOf(encrypted, ['pdf'])).toBe('pdf_encrypted');
    expect(codeOf(pngHeader(50_000, 50_000), ['image'])).toBe('image_too_large');
    expect(codeOf(simplePdf({ pages: 3 }), ['pdf'])).toBe('pdf');
    expect(checkDocument(simplePdf({ pages: 3 }), { ...limits, maxPages: 2 }, ['pdf'])).toMatchObject({
      code: 'pdf_too_many_pages',
    });
  });
});
