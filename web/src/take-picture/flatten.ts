import type { Corners, Point } from './page-store.js';
import { type Raster, raster } from './raster.js';

/** 3×3 homography, row-major, mapping page coordinates (u, v) to photo coordinates (x, y). */
export type Homography = number[];

/**
 * The homography taking the unit square's corners (0,0) (1,0) (1,1) (0,1) to the four photo corners
 * (Heckbert's closed form for a square-to-quad mapping), scaled to a `width`×`height` page.
 */
export function pageToPhoto(corners: Corners, width: number, height: number): Homography {
  const [p0, p1, p2, p3] = corners;
  const dx1 = p1.x - p2.x;
  const dx2 = p3.x - p2.x;
  const dy1 = p1.y - p2.y;
  const dy2 = p3.y - p2.y;
  const sx = p0.x - p1.x + p2.x - p3.x;
  const sy = p0.y - p1.y + p2.y - p3.y;
  const denominator = dx1 * dy2 - dx2 * dy1;
  const g = denominator === 0 ? 0 : (sx * dy2 - dx2 * sy) / denominator;
  const h = denominator === 0 ? 0 : (dx1 * sy - sx * dy1) / denominator;
  const a = p1.x - p0.x + g * p1.x;
  const b = p3.x - p0.x + h * p3.x;
  const d = p1.y - p0.y + g * p1.y;
  const e = p3.y - p0.y + h * p3.y;
  // Compose with the scaling from page pixels to the unit square.
  return [a / width, b / height, p0.x, d / width, e / height, p0.y, g / width, h / height, 1];
}

export function apply(m: Homography, u: number, v: number): Point {
  const w = m[6]! * u + m[7]! * v + m[8]!;
  return { x: (m[0]! * u + m[1]! * v + m[2]!) / w, y: (m[3]! * u + m[4]! * v + m[5]!) / w };
}

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/**
 * The flat page's size: its aspect from the outline's sides, its long side at 200 dpi on A4
 * (2339 px) unless the photo has fewer pixels to give — upscaling adds bytes, not detail.
 */
export function pageSize(corners: Corners, maxLongSide = 2339): { width: number; height: number } {
  const [tl, tr, br, bl] = corners;
  const width = Math.max(distance(tl, tr), distance(bl, br));
  const height = Math.max(distance(tl, bl), distance(tr, br));
  const scale = Math.min(1, maxLongSide / Math.max(width, height)) || 1;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Perspective correction: samples the photo (bilinear) for every pixel of the flat page. */
export function flatten(photo: Raster, corners: Corners, width: number, height: number): Raster {
  const out = raster(width, height);
  const m = pageToPhoto(corners, width, height);
  const { data, width: sw, height: sh } = photo;
  for (let v = 0; v < height; v += 1) {
    for (let u = 0; u < width; u += 1) {
      const w = m[6]! * (u + 0.5) + m[7]! * (v + 0.5) + m[8]!;
      const x = Math.min(sw - 1.001, Math.max(0, (m[0]! * (u + 0.5) + m[1]! * (v + 0.5) + m[2]!) / w - 0.5));
      const y = Math.min(sh - 1.001, Math.max(0, (m[3]! * (u + 0.5) + m[4]! * (v + 0.5) + m[5]!) / w - 0.5));
      const x0 = x | 0;
      const y0 = y | 0;
      const fx = x - x0;
      const fy = y - y0;
      const i00 = (y0 * sw + x0) * 4;
      const i10 = i00 + 4;
      const i01 = i00 + sw * 4;
      const i11 = i01 + 4;
      const o = (v * width + u) * 4;
      for (let c = 0; c < 3; c += 1) {
        const top = data[i00 + c]! + (data[i10 + c]! - data[i00 + c]!) * fx;
        const bottom = data[i01 + c]! + (data[i11 + c]! - data[i01 + c]!) * fx;
        out.data[o + c] = top + (bottom - top) * fy;
      }
      out.data[o + 3] = 255;
    }
  }
  return out;
}

/** Quarter turns clockwise. */
export function rotate(image: Raster, quarterTurns: number): Raster {
  const turns = ((quarterTurns % 4) + 4) % 4;
  if (turns === 0) return image;
  const swap = turns % 2 === 1;
  const out = raster(swap ? image.height : image.width, swap ? image.width : image.height);
  const source = new Uint32Array(image.data.buffer, image.data.byteOffset, image.width * image.height);
  const target = new Uint32Array(out.data.buffer);
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      const [tx, ty] =
        turns === 1
          ? [image.height - 1 - y, x]
          : turns === 2
            ? [image.width - 1 - x, image.height - 1 - y]
            : [y, image.width - 1 - x];
      target[ty * out.width + tx] = source[y * image.width + x]!;
    }
  }
  return out;
}
