import { describe, expect, it } from 'vitest';
import { checkImage } from './check-image.js';
import { jpegHeader, pngHeader } from './fixtures/image-headers.js';
import { simplePdf } from './fixtures/pdf-writer.js';

const limits = { maxBytes: 20 * 1024 * 1024 };

function codeOf(bytes: Uint8Array): string {
  const result = checkImage(bytes, limits);
  return result.ok ? 'ok' : result.code;
}

describe('checkImage', () => {
  it('reads the dimensions of a JPEG whose tables come before the frame header', () => {
    expect(checkImage(jpegHeader(1654, 2339), limits)).toEqual({
      ok: true,
      kind: 'jpeg',
      width: 1654,
      height: 2339,
    });
  });

  it('reads the smallest JPEG the API tests send, and a PNG', () => {
    const tiny = Buffer.from('ffd8ffe000104a46494600010100000100010000ffc0000b080010001001011100ffd9', 'hex');
    expect(checkImage(tiny, limits)).toEqual({ ok: true, kind: 'jpeg', width: 16, height: 16 });
    expect(checkImage(pngHeader(800, 600), limits)).toEqual({
      ok: true,
      kind: 'png',
      width: 800,
      height: 600,
    });
  });

  it('accepts 100 megapixels and refuses more: a header claiming more is a decompression bomb', () => {
    expect(codeOf(pngHeader(10_000, 10_000))).toBe('ok');
    expect(codeOf(pngHeader(10_000, 10_001))).toBe('image_too_large');
    expect(codeOf(pngHeader(0x7fffffff, 0x7fffffff))).toBe('image_too_large');
    expect(codeOf(jpegHeader(65_535, 65_535))).toBe('image_too_large');
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'file_empty'],
    ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00'), 'unsupported_file'],
    ['a PDF', simplePdf(), 'unsupported_file'],
    ['an HTML page', Buffer.from('<html></html>'), 'unsupported_file'],
    ['a PNG signature alone', pngHeader(10, 10).subarray(0, 12), 'image_unreadable'],
    ['a PNG of zero width', pngHeader(0, 10), 'image_unreadable'],
    ['a JPEG signature alone', Buffer.from('ffd8ffe0', 'hex'), 'image_unreadable'],
    [
      'a JPEG whose scan comes before any frame',
      Buffer.from('ffd8ffda000200ffd9', 'hex'),
      'image_unreadable',
    ],
    [
      'a JPEG with a segment length that goes nowhere',
      Buffer.from('ffd8ffe00000', 'hex'),
      'image_unreadable',
    ],
  ])('refuses %s', (_name, bytes, code) => {
    expect(codeOf(bytes)).toBe(code);
  });

  it('refuses a file over the size limit', () => {
    expect(checkImage(jpegHeader(10, 10), { maxBytes: 10 })).toMatchObject({
      ok: false,
      code: 'file_too_large',
    });
  });
});
