import { apply, pageToPhoto } from './flatten.js';
import type { Corners } from './page-store.js';
import { type Raster, raster } from './raster.js';

/** Deterministic noise, so a failing scene fails the same way every time. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
}

export type Desk = 'dark' | 'wood' | 'gradient' | 'grey-noise';

/** A surface like those in testdata: noisy, textured, unevenly lit. */
function paintDesk(image: Raster, desk: Desk, seed: number) {
  const next = random(seed);
  const { width, height, data } = image;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      let value: number;
      if (desk === 'dark') value = 55 + next() * 25 + (x / width) * 20;
      else if (desk === 'wood') value = 110 + 35 * Math.sin(y / 6 + Math.sin(x / 40) * 3) + next() * 20;
      else if (desk === 'gradient') value = 70 + (160 * (x + y)) / (width + height) + next() * 10;
      else value = 90 + next() * 90;
      const i = (y * width + x) * 4;
      data[i] = value;
      data[i + 1] = value * 0.9;
      data[i + 2] = value * 0.8;
      data[i + 3] = 255;
    }
  }
}

/**
 * A photo of a page on a desk with a known perspective: the page (paper with lines of "text") is
 * drawn through the same page-to-photo mapping the flattening uses, so its true corners are known.
 */
export function scene(options: {
  width?: number;
  height?: number;
  desk?: Desk;
  corners?: Corners;
  seed?: number;
}): Raster {
  const width = options.width ?? 480;
  const height = options.height ?? 360;
  const image = raster(width, height);
  paintDesk(image, options.desk ?? 'dark', options.seed ?? 1);
  if (!options.corners) return image;
  const pageWidth = 210;
  const pageHeight = 297;
  const m = pageToPhoto(options.corners, pageWidth, pageHeight);
  const next = random((options.seed ?? 1) + 7);
  for (let v = 0; v < pageHeight; v += 0.35) {
    for (let u = 0; u < pageWidth; u += 0.35) {
      const p = apply(m, u, v);
      const x = Math.floor(p.x);
      const y = Math.floor(p.y);
      if (x < 0 || y < 0 || x >= width || y >= height) continue;
      const text =
        v > 25 && v < 270 && u > 20 && u < 190 && Math.floor(v) % 9 < 2 && Math.floor(u / 4) % 7 !== 0;
      const value = text ? 40 : 228 + next() * 18;
      const i = (y * width + x) * 4;
      image.data[i] = value;
      image.data[i + 1] = value;
      image.data[i + 2] = value - 3;
    }
  }
  return image;
}

/** Intersection over union of two quadrilaterals, measured on a pixel grid. */
export function iou(a: Corners, b: Corners, width: number, height: number) {
  let both = 0;
  let either = 0;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const inA = inside(a, x + 0.5, y + 0.5);
      const inB = inside(b, x + 0.5, y + 0.5);
      if (inA && inB) both += 1;
      if (inA || inB) either += 1;
    }
  }
  return either ? both / either : 0;
}

function inside(polygon: Corners, x: number, y: number) {
  let result = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i]!;
    const b = polygon[j]!;
    if (a.y > y !== b.y > y && x < ((b.x - a.x) * (y - a.y)) / (b.y - a.y) + a.x) result = !result;
  }
  return result;
}
