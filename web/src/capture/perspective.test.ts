import { describe, expect, it } from 'vitest';
import { orderCorners, quadIoU } from './geometry.js';
import {
  applyHomography,
  homography,
  pageSize,
  rectangle,
  rotateQuarterTurns,
  warpToRectangle,
} from './perspective.js';
import { createRaster, type Quad, type Raster } from './raster.js';

const quad: Quad = [
  { x: 130, y: 80 },
  { x: 410, y: 120 },
  { x: 380, y: 520 },
  { x: 60, y: 470 },
];

describe('homography', () => {
  it('maps each corner onto its partner and back again', () => {
    const page = rectangle(210, 297);
    const forward = homography(page, quad)!;
    const back = homography(quad, page)!;
    page.forEach((p, i) => {
      const q = applyHomography(forward, p);
      expect(q.x).toBeCloseTo(quad[i]!.x, 6);
      expect(q.y).toBeCloseTo(quad[i]!.y, 6);
    });
    for (const p of [
      { x: 10, y: 20 },
      { x: 105, y: 148 },
      { x: 200, y: 290 },
    ]) {
      const round = applyHomography(back, applyHomography(forward, p));
      expect(round.x).toBeCloseTo(p.x, 6);
      expect(round.y).toBeCloseTo(p.y, 6);
    }
  });

  it('refuses three corners in a line', () => {
    expect(homography([quad[0], quad[0], quad[2], quad[3]], rectangle(1, 1))).toBeNull();
  });
});

/** A page in four coloured quarters: where each lands shows orientation and placement. */
const QUARTERS = [
  [220, 40, 40],
  [40, 200, 40],
  [40, 40, 220],
  [230, 230, 230],
];
function quarters(width: number, height: number): Raster {
  const image = createRaster(width, height);
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) {
      const q = (y < height / 2 ? 0 : 2) + (x < width / 2 ? 0 : 1);
      image.data.set(QUARTERS[q === 2 ? 3 : q === 3 ? 2 : q]!, (y * width + x) * 4);
    }
  return image;
}
const rgb = (image: Raster, x: number, y: number) =>
  Array.from(image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 3));

describe('warpToRectangle', () => {
  it('flattens a page photographed in perspective back to the page', () => {
    const page = quarters(200, 280);
    // The photo: the page drawn along `quad` by the inverse mapping, as a camera would see it.
    const photo = createRaster(480, 640);
    const toPage = homography(quad, rectangle(200, 280))!;
    for (let y = 0; y < 640; y += 1)
      for (let x = 0; x < 480; x += 1) {
        const p = applyHomography(toPage, { x: x + 0.5, y: y + 0.5 });
        if (p.x >= 0 && p.y >= 0 && p.x < 200 && p.y < 280)
          photo.data.set(rgb(page, Math.floor(p.x), Math.floor(p.y)), (y * 480 + x) * 4);
      }
    const flat = warpToRectangle(photo, quad, 200, 280);
    let difference = 0;
    let samples = 0;
    for (let y = 10; y < 270; y += 7)
      for (let x = 10; x < 190; x += 7) {
        if (Math.abs(x - 100) < 4 || Math.abs(y - 140) < 4) continue; // the quarters' seams blur
        const a = rgb(flat, x, y);
        const b = rgb(page, x, y);
        difference += a.reduce((s, v, c) => s + Math.abs(v - b[c]!), 0) / 3;
        samples += 1;
      }
    expect(difference / samples).toBeLessThan(3);
  });
});

describe('pageSize', () => {
  it('keeps the resolution of a photo that has fewer pixels than 200 dpi', () => {
    expect(pageSize(orderCorners(rectangle(827, 1170)))).toEqual({ width: 827, height: 1170 });
  });
  it('caps a portrait page at A4 200 dpi and a landscape one turned', () => {
    expect(pageSize(rectangle(3000, 4242))).toEqual({ width: 1654, height: 2339 });
    expect(pageSize(rectangle(4242, 3000))).toEqual({ width: 2339, height: 1654 });
  });
  it('takes the longer of each pair of opposite sides in perspective', () => {
    const size = pageSize(quad);
    expect(size.width).toBe(Math.round(Math.hypot(320, 50)));
    expect(size.height).toBe(Math.round(Math.hypot(30, 400)));
  });
});

describe('rotateQuarterTurns', () => {
  const image = quarters(4, 6);
  it('turns clockwise: the top-left quarter goes to the top right', () => {
    const turned = rotateQuarterTurns(image, 1);
    expect([turned.width, turned.height]).toEqual([6, 4]);
    expect(rgb(turned, 5, 0)).toEqual(QUARTERS[0]);
    expect(rgb(turned, 0, 0)).toEqual(QUARTERS[3]);
  });
  it('comes back after four turns, or one turn each way', () => {
    expect(rotateQuarterTurns(rotateQuarterTurns(image, 3), 1).data).toEqual(image.data);
    expect(rotateQuarterTurns(rotateQuarterTurns(image, 1), -1).data).toEqual(image.data);
    expect(rotateQuarterTurns(rotateQuarterTurns(image, 2), 2).data).toEqual(image.data);
  });
});

describe('quadIoU', () => {
  it('is 1 for the same quad, 1/3 for half-overlapping squares, 0 apart', () => {
    const square = rectangle(10, 10);
    const shifted = square.map((p) => ({ x: p.x + 5, y: p.y })) as Quad;
    const apart = square.map((p) => ({ x: p.x + 20, y: p.y })) as Quad;
    expect(quadIoU(quad, quad)).toBeCloseTo(1, 9);
    expect(quadIoU(square, shifted)).toBeCloseTo(1 / 3, 9);
    expect(quadIoU(square, apart)).toBe(0);
  });
  it('orders shuffled corners top-left, top-right, bottom-right, bottom-left', () => {
    expect(orderCorners([quad[2], quad[0], quad[3], quad[1]])).toEqual(quad);
  });
});

describe('warpChannel and turnCorners', () => {
  it('warps one channel as warpToRectangle warps three, and turns by choosing the corners', async () => {
    const { warpChannel, turnCorners, warpToRectangle, rotateQuarterTurns } = await import(
      './perspective.js'
    );
    const { lumaOf } = await import('./raster.js');
    const { flatPage } = await import('./test-scenes.js');
    const photo = flatPage('text', 300, 400);
    const corners: Quad = [
      { x: 30, y: 20 },
      { x: 260, y: 40 },
      { x: 280, y: 380 },
      { x: 10, y: 350 },
    ];
    for (const turns of [0, 1, 2, 3]) {
      const expected = lumaOf(rotateQuarterTurns(warpToRectangle(photo, corners, 120, 160), turns));
      const [w, h] = turns % 2 ? [160, 120] : [120, 160];
      const got = warpChannel(lumaOf(photo), 300, 400, turnCorners(corners, turns), w, h);
      let worst = 0;
      for (let i = 0; i < got.length; i += 1) worst = Math.max(worst, Math.abs(got[i]! - expected[i]!));
      // Same sampling, up to the 8-bit rounding of the RGBA path.
      expect(worst).toBeLessThan(2);
    }
  });
});
