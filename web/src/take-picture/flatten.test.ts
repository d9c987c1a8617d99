import { describe, expect, it } from 'vitest';
import { apply, flatten, pageSize, pageToPhoto, rotate } from './flatten.js';
import type { Corners } from './page-store.js';
import { raster } from './raster.js';

const quad: Corners = [
  { x: 40, y: 30 },
  { x: 260, y: 50 },
  { x: 280, y: 380 },
  { x: 20, y: 360 },
];

describe('perspective correction', () => {
  it('maps the page corners onto the photo corners', () => {
    const m = pageToPhoto(quad, 200, 300);
    const mapped = [apply(m, 0, 0), apply(m, 200, 0), apply(m, 200, 300), apply(m, 0, 300)];
    mapped.forEach((point, i) => {
      expect(point.x).toBeCloseTo(quad[i]!.x, 6);
      expect(point.y).toBeCloseTo(quad[i]!.y, 6);
    });
  });

  it('flattens a photographed checkerboard back into squares', () => {
    // A 4×4 checkerboard drawn in perspective: each photo pixel takes the colour of the page cell it
    // comes from (through the inverse of the same mapping), then flattening must restore the cells.
    const photo = raster(300, 400);
    const m = pageToPhoto(quad, 400, 400);
    for (let v = 0; v < 400; v += 0.5) {
      for (let u = 0; u < 400; u += 0.5) {
        const p = apply(m, u, v);
        const i = (Math.floor(p.y) * 300 + Math.floor(p.x)) * 4;
        const dark = (Math.floor(u / 100) + Math.floor(v / 100)) % 2 === 1;
        photo.data.fill(dark ? 20 : 235, i, i + 3);
        photo.data[i + 3] = 255;
      }
    }
    const flat = flatten(photo, quad, 80, 80);
    let wrong = 0;
    for (let y = 2; y < 80; y += 4) {
      for (let x = 2; x < 80; x += 4) {
        if (x % 20 < 3 || y % 20 < 3 || x % 20 > 17 || y % 20 > 17) continue; // near a cell edge
        const dark = (Math.floor(x / 20) + Math.floor(y / 20)) % 2 === 1;
        const value = flat.data[(y * 80 + x) * 4]!;
        if (dark ? value > 80 : value < 170) wrong += 1;
      }
    }
    expect(wrong).toBe(0);
  });

  it('sizes the flat page from the outline, at most 2339 px on the long side (A4 at 200 dpi)', () => {
    expect(pageSize(quad)).toEqual({ width: 261, height: 331 });
    const huge: Corners = [
      { x: 0, y: 0 },
      { x: 3000, y: 0 },
      { x: 3000, y: 4000 },
      { x: 0, y: 4000 },
    ];
    expect(pageSize(huge)).toEqual({ width: 1754, height: 2339 });
  });
});

describe('rotation by quarter turns', () => {
  it('turns clockwise and back', () => {
    const image = raster(3, 2);
    image.data.set([1, 0, 0, 255], 0); // top-left marked
    const once = rotate(image, 1);
    expect([once.width, once.height]).toEqual([2, 3]);
    expect(once.data[(0 * 2 + 1) * 4]).toBe(1); // now top-right
    const back = rotate(once, 3);
    expect([...back.data]).toEqual([...image.data]);
    expect(rotate(image, 4)).toBe(image);
  });
});
