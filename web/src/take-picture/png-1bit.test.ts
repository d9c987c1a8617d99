import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng1Bit } from './png-1bit.js';

describe('encodePng1Bit', () => {
  it('writes a valid 1-bit greyscale PNG whose pixels read back as drawn', async () => {
    const width = 11;
    const height = 3;
    const ink = new Uint8Array(width * height);
    ink[0] = 1; // top-left black
    ink[width + 5] = 1; // middle row, sixth pixel black
    ink[width * 3 - 1] = 1; // bottom-right black
    const png = await encodePng1Bit(ink, width, height);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
    expect(view.getUint32(16)).toBe(width);
    expect(view.getUint32(20)).toBe(height);
    expect(png[24]).toBe(1); // bit depth
    expect(png[25]).toBe(0); // greyscale
    const idatLength = view.getUint32(33);
    expect(new TextDecoder().decode(png.subarray(37, 41))).toBe('IDAT');
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    const rowBytes = 2;
    const pixel = (x: number, y: number) => (raw[y * (rowBytes + 1) + 1 + (x >> 3)]! >> (7 - (x & 7))) & 1;
    expect(pixel(0, 0)).toBe(0);
    expect(pixel(1, 0)).toBe(1);
    expect(pixel(5, 1)).toBe(0);
    expect(pixel(10, 2)).toBe(0);
    expect(pixel(9, 2)).toBe(1);
    expect(new TextDecoder().decode(png.subarray(png.length - 8, png.length - 4))).toBe('IEND');
  });
});
