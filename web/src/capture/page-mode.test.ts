import { describe, expect, it } from 'vitest';
import { choosePageMode, toBlackAndWhite, toGrey } from './page-mode.js';
import type { Raster } from './raster.js';
import { composePage } from './test-pages.js';
import { flatPage } from './test-scenes.js';

const W = 420;
const H = 594;

/**
 * Darkens the right half as a hand's shadow would (its edge sharp, or soft over `edge` px as real
 * shadows are), and warms the light like a desk lamp.
 */
function shadowed(image: Raster, edge = 0): Raster {
  const data = new Uint8ClampedArray(image.data);
  for (let y = 0; y < image.height; y += 1)
    for (let x = 0; x < image.width; x += 1) {
      const i = (y * image.width + x) * 4;
      const shade = 1 - 0.4 * Math.min(1, Math.max(0, (x - image.width / 2) / Math.max(1, edge)));
      data[i] = data[i]! * shade;
      data[i + 1] = data[i + 1]! * shade * 0.95;
      data[i + 2] = data[i + 2]! * shade * 0.85;
    }
  return { ...image, data };
}

describe('choosePageMode', () => {
  it("chooses 'document' for text, even in a shadow and warm light", () => {
    expect(choosePageMode(flatPage('text', W, H))).toBe('document');
    expect(choosePageMode(shadowed(flatPage('text', W, H), 30))).toBe('document');
  });
  it("chooses 'colour' for a colourful page", () => {
    expect(choosePageMode(flatPage('photo', W, H))).toBe('colour');
  });
  it("chooses 'grey' for shades without colour", () => {
    expect(choosePageMode(flatPage('grey', W, H))).toBe('grey');
  });
  // Pages as a citizen sends them, at the ~1000 px preview the worker judges (4.8 px/mm).
  it("keeps 'document' for text, tables with shaded cells, line figures, stamps and signatures", () => {
    expect(choosePageMode(composePage(['text', 'table', 'figure', 'faint'], { pxPerMm: 4.8 }).image)).toBe(
      'document',
    );
    expect(choosePageMode(composePage(['text', 'stamp', 'signature'], { pxPerMm: 4.8 }).image)).toBe(
      'document',
    );
  });
  it("never chooses 'document' for a page holding a photo, which its tints would flatten", () => {
    expect(choosePageMode(composePage(['text', 'photo'], { pxPerMm: 4.8 }).image)).not.toBe('document');
    expect(choosePageMode(composePage(['table', 'photo', 'text'], { pxPerMm: 4.8, seed: 9 }).image)).not.toBe(
      'document',
    );
  });
});

describe('toBlackAndWhite', () => {
  it('keeps paper white under a shadow and print black', () => {
    const page = shadowed(flatPage('text', W, H));
    const bw = toBlackAndWhite(page);
    const at = (x: number, y: number) => bw.data[(y * W + x) * 4]!;
    // Margins (paper) on both sides of the shadow's edge, and a stroke of print in each half.
    expect(at(20, 20)).toBe(255);
    expect(at(W - 20, 20)).toBe(255);
    // Every stroke of print comes out black, in the light and in the shadow.
    for (const [from, to] of [
      [0, W / 2 - 2],
      [W / 2 + 2, W],
    ]) {
      let ink = 0;
      let kept = 0;
      for (let y = 0; y < H; y += 1)
        for (let x = from!; x < to!; x += 1) {
          const i = (y * W + x) * 4;
          if (page.data[i + 1]! > 40) continue;
          ink += 1;
          if (bw.data[i] === 0) kept += 1;
        }
      expect(ink).toBeGreaterThan(1000);
      expect(kept / ink).toBeGreaterThan(0.95);
    }
    const values = new Set<number>();
    for (let i = 0; i < bw.data.length; i += 4) values.add(bw.data[i]!);
    expect([...values].sort()).toEqual([0, 255]);
    // Far less ink than paper, as on a page of text: no shadow turned black.
    let black = 0;
    for (let i = 0; i < bw.data.length; i += 4) if (bw.data[i] === 0) black += 1;
    expect(black / (W * H)).toBeLessThan(0.3);
  });
});

describe('toGrey', () => {
  it('writes the same luma in the three channels', () => {
    const grey = toGrey(flatPage('photo', 50, 50));
    for (let i = 0; i < grey.data.length; i += 4) {
      expect(grey.data[i + 1]).toBe(grey.data[i]);
      expect(grey.data[i + 2]).toBe(grey.data[i]);
    }
  });
});
