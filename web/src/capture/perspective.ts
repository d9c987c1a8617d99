import { createRaster, type Point, type Quad, type Raster } from './raster.js';

/** A 3×3 projective transform, row-major: (x, y) ↦ ((h0 x + h1 y + h2) / w, (h3 x + h4 y + h5) / w). */
export type Homography = [number, number, number, number, number, number, number, number, number];

/**
 * The homography taking each `from` point to the matching `to` point (h8 fixed at 1), solved as the
 * usual 8×8 linear system by Gaussian elimination with partial pivoting. Null when the points are
 * degenerate (three in a line), which no page outline should be.
 */
export function homography(from: Quad, to: Quad): Homography | null {
  const rows: number[][] = [];
  for (let i = 0; i < 4; i += 1) {
    const { x, y } = from[i]!;
    const { x: u, y: v } = to[i]!;
    rows.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    rows.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  for (let col = 0; col < 8; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < 8; r += 1)
      if (Math.abs(rows[r]![col]!) > Math.abs(rows[pivot]![col]!)) pivot = r;
    if (Math.abs(rows[pivot]![col]!) < 1e-10) return null;
    [rows[col], rows[pivot]] = [rows[pivot]!, rows[col]!];
    const lead = rows[col]!;
    for (let r = 0; r < 8; r += 1) {
      if (r === col) continue;
      const row = rows[r]!;
      const factor = row[col]! / lead[col]!;
      for (let c = col; c < 9; c += 1) row[c]! -= factor * lead[c]!;
    }
  }
  const h = rows.map((row, i) => row[8]! / row[i]!);
  return [h[0]!, h[1]!, h[2]!, h[3]!, h[4]!, h[5]!, h[6]!, h[7]!, 1];
}

export function applyHomography(h: Homography, { x, y }: Point): Point {
  const w = h[6] * x + h[7] * y + h[8];
  return { x: (h[0] * x + h[1] * y + h[2]) / w, y: (h[3] * x + h[4] * y + h[5]) / w };
}

/** The corners of a `width`×`height` rectangle, in Quad order. */
export function rectangle(width: number, height: number): Quad {
  return [
    { x: 0, y: 0 },
    { x: width, y: 0 },
    { x: width, y: height },
    { x: 0, y: height },
  ];
}

/**
 * A flat `width`×`height` page cut out of `source` along `corners`. Every output pixel is mapped back
 * into the photo (inverse mapping leaves no holes) and sampled bilinearly; outside the photo the
 * nearest edge pixel is repeated, which reads as paper rather than as a black band.
 */
export function warpToRectangle(source: Raster, corners: Quad, width: number, height: number): Raster {
  const out = createRaster(width, height);
  const h = homography(rectangle(width, height), corners);
  if (!h) return out;
  const { data, width: sw, height: sh } = source;
  const target = out.data;
  for (let v = 0; v < height; v += 1) {
    // Pixel centres: (u + 0.5, v + 0.5) on the page maps to a point whose pixel centre is at -0.5.
    const py = v + 0.5;
    for (let u = 0; u < width; u += 1) {
      const px = u + 0.5;
      const w = h[6] * px + h[7] * py + h[8];
      const x = Math.min(sw - 1, Math.max(0, (h[0] * px + h[1] * py + h[2]) / w - 0.5));
      const y = Math.min(sh - 1, Math.max(0, (h[3] * px + h[4] * py + h[5]) / w - 0.5));
      const x0 = Math.min(sw - 2, x | 0);
      const y0 = Math.min(sh - 2, y | 0);
      const fx = x - x0;
      const fy = y - y0;
      const i00 = (y0 * sw + x0) * 4;
      const i01 = i00 + sw * 4;
      const o = (v * width + u) * 4;
      for (let c = 0; c < 3; c += 1) {
        const top = data[i00 + c]! + (data[i00 + 4 + c]! - data[i00 + c]!) * fx;
        const bottom = data[i01 + c]! + (data[i01 + 4 + c]! - data[i01 + c]!) * fx;
        target[o + c] = top + (bottom - top) * fy;
      }
    }
  }
  return out;
}

/**
 * `warpToRectangle` for one channel (luma): a third of the work, for the modes that need no colour.
 */
export function warpChannel(
  values: Float32Array,
  sw: number,
  sh: number,
  corners: Quad,
  width: number,
  height: number,
): Float32Array {
  const out = new Float32Array(width * height);
  const h = homography(rectangle(width, height), corners);
  if (!h) return out;
  for (let v = 0; v < height; v += 1) {
    const py = v + 0.5;
    // Along a row the homography's terms are linear in u: step them instead of recomputing.
    let nx = h[0] * 0.5 + h[1] * py + h[2];
    let ny = h[3] * 0.5 + h[4] * py + h[5];
    let w = h[6] * 0.5 + h[7] * py + h[8];
    const o = v * width;
    for (let u = 0; u < width; u += 1) {
      let x = nx / w - 0.5;
      let y = ny / w - 0.5;
      x = x < 0 ? 0 : x > sw - 1 ? sw - 1 : x;
      y = y < 0 ? 0 : y > sh - 1 ? sh - 1 : y;
      const x0 = x < sw - 2 ? x | 0 : sw - 2;
      const y0 = y < sh - 2 ? y | 0 : sh - 2;
      const fx = x - x0;
      const fy = y - y0;
      const i = y0 * sw + x0;
      const top = values[i]! + (values[i + 1]! - values[i]!) * fx;
      const bottom = values[i + sw]! + (values[i + sw + 1]! - values[i + sw]!) * fx;
      out[o + u] = top + (bottom - top) * fy;
      nx += h[0];
      ny += h[3];
      w += h[6];
    }
  }
  return out;
}

/**
 * The corners to warp along so that the flat page comes out turned clockwise by `turns` quarter
 * turns: the turned page's top-left is the page's bottom-left, and so on. No separate rotation pass.
 */
export function turnCorners(corners: Quad, turns: number): Quad {
  const t = ((turns % 4) + 4) % 4;
  return [0, 1, 2, 3].map((i) => corners[(i - t + 4) % 4]!) as Quad;
}

const A4_SHORT = 1654;
const A4_LONG = 2339;

/**
 * Output size for a page found at `corners` (in the full-resolution photo): the aspect of the
 * outline's longest opposite sides, scaled to about 200 dpi on A4 (1654 × 2339 at most; pass a
 * smaller `maxLongSide` for a preview). A photo with fewer pixels than that keeps its own
 * resolution: upscaling adds bytes, not detail.
 */
export function pageSize(corners: Quad, maxLongSide = A4_LONG): { width: number; height: number } {
  const [tl, tr, br, bl] = corners;
  const d = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
  const width = Math.max(d(tl, tr), d(bl, br), 1);
  const height = Math.max(d(tl, bl), d(tr, br), 1);
  const long = maxLongSide;
  const short = (long * A4_SHORT) / A4_LONG;
  const [maxW, maxH] = width <= height ? [short, long] : [long, short];
  const scale = Math.min(1, maxW / width, maxH / height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Turns the image clockwise by `turns` quarter turns (negative: anticlockwise). */
export function rotateQuarterTurns(image: Raster, turns: number): Raster {
  const t = ((turns % 4) + 4) % 4;
  const { width, height } = image;
  const out = t % 2 === 0 ? createRaster(width, height) : createRaster(height, width);
  const from = new Uint32Array(image.data.buffer, image.data.byteOffset, width * height);
  const to = new Uint32Array(out.data.buffer);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const index =
        t === 0
          ? y * width + x
          : t === 1
            ? x * height + (height - 1 - y)
            : t === 2
              ? (height - 1 - y) * width + (width - 1 - x)
              : (width - 1 - x) * height + y;
      to[index] = from[y * width + x]!;
    }
  }
  return out;
}
