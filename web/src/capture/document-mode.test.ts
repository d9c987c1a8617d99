import { describe, expect, it } from 'vitest';
import { documentInk } from './document-mode.js';
import { lumaOf } from './raster.js';
import { type ComposedPage, composePage, type Rect } from './test-pages.js';

/** Share of black pixels in each 8×8 block (aligned on the dither) inside `rect` (mm). */
function blockDensities(ink: Uint8Array, page: ComposedPage, rect: Rect): number[] {
  const { width } = page.image;
  const k = page.pxPerMm;
  const densities: number[] = [];
  const x0 = Math.ceil((rect.x * k) / 8) * 8;
  const y0 = Math.ceil((rect.y * k) / 8) * 8;
  for (let by = y0; by + 8 <= (rect.y + rect.h) * k; by += 8)
    for (let bx = x0; bx + 8 <= (rect.x + rect.w) * k; bx += 8) {
      let black = 0;
      for (let y = by; y < by + 8; y += 1)
        for (let x = bx; x < bx + 8; x += 1) black += ink[y * width + x] ? 1 : 0;
      densities.push(black / 64);
    }
  return densities;
}

const spread = (values: number[]) => {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
};

/** Share of the true ink pixels inside `rect` (mm) that came out black. */
function recall(ink: Uint8Array, page: ComposedPage, rect: Rect): number {
  const { width } = page.image;
  const k = page.pxPerMm;
  let truth = 0;
  let kept = 0;
  for (let y = Math.round(rect.y * k); y < (rect.y + rect.h) * k; y += 1)
    for (let x = Math.round(rect.x * k); x < (rect.x + rect.w) * k; x += 1) {
      if (!page.ink[y * width + x]) continue;
      truth += 1;
      if (ink[y * width + x]) kept += 1;
    }
  expect(truth).toBeGreaterThan(100);
  return kept / truth;
}

describe("documentInk ('Document' mode)", () => {
  // 3 px/mm (~75 dpi, a video frame's page) keeps the test quick; the bench runs 200 dpi pages.
  const page = composePage(['text', 'table', 'figure', 'faint'], { pxPerMm: 3, shade: 175, noise: 14 });
  const ink = documentInk(lumaOf(page.image), page.image.width, page.image.height);

  it('draws a grey-filled table cell as an even tint: no speckle from noise', () => {
    expect(page.regions.shadedCells.length).toBe(3);
    for (const cell of page.regions.shadedCells) {
      const densities = blockDensities(ink, page, cell);
      expect(densities.length).toBeGreaterThan(4);
      const mean = densities.reduce((a, b) => a + b, 0) / densities.length;
      // Visible as a tint, light enough for text on it to stand out, and the same everywhere.
      expect(mean).toBeGreaterThan(0.03);
      expect(mean).toBeLessThan(0.35);
      expect(spread(densities)).toBeLessThan(0.02);
    }
  });

  it('keeps the text on the shaded cells, the body text and faint (pencil-grey) text', () => {
    for (const cell of page.regions.shadedCells) {
      // The cell's own label, left of the measured area.
      expect(recall(ink, page, { x: cell.x - 21, y: cell.y, w: 19, h: cell.h })).toBeGreaterThan(0.9);
    }
    expect(recall(ink, page, page.regions.text[0]!)).toBeGreaterThan(0.95);
    expect(recall(ink, page, page.regions.faint[0]!)).toBeGreaterThan(0.75);
  });

  it('keeps thin lines (0.18 mm) of a figure unbroken', () => {
    const { width } = page.image;
    const k = page.pxPerMm;
    for (const { from, to } of page.regions.thinLines) {
      const steps = Math.round(Math.hypot(to[0] - from[0], to[1] - from[1]) * 2);
      let found = 0;
      for (let s = 0; s <= steps; s += 1) {
        const x = Math.round((from[0] + ((to[0] - from[0]) * s) / steps) * k);
        const y = Math.round((from[1] + ((to[1] - from[1]) * s) / steps) * k);
        let near = false;
        for (let dy = -1; dy <= 1; dy += 1)
          for (let dx = -1; dx <= 1; dx += 1) near ||= ink[(y + dy) * width + x + dx] !== 0;
        if (near) found += 1;
      }
      expect(found / (steps + 1)).toBeGreaterThan(0.97);
    }
  });

  it('leaves paper white, even where the light falls off', () => {
    const { width, height } = page.image;
    let black = 0;
    let all = 0;
    // The right margin, top to bottom: the darkest paper of the sheet.
    for (let y = 0; y < height; y += 1)
      for (let x = Math.round(195 * page.pxPerMm); x < width; x += 1) {
        all += 1;
        if (ink[y * width + x]) black += 1;
      }
    expect(black / all).toBeLessThan(0.001);
  });

  it('does not thicken print: about as many black pixels as there is ink in the body text', () => {
    const { width } = page.image;
    const k = page.pxPerMm;
    const rect = page.regions.text[0]!;
    let truth = 0;
    let black = 0;
    for (let y = Math.round(rect.y * k); y < (rect.y + rect.h) * k; y += 1)
      for (let x = Math.round(rect.x * k); x < (rect.x + rect.w) * k; x += 1) {
        truth += page.ink[y * width + x]!;
        black += ink[y * width + x] ? 1 : 0;
      }
    expect(black / truth).toBeLessThan(1.4);
  });
});
