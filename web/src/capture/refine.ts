import type { Point, Quad, Raster } from './raster.js';

const CHROMA_GAIN = 2;

/** Luma and the two gained chroma differences at a point, sampled bilinearly. */
function colourAt({ data, width, height }: Raster, x: number, y: number, out: Float64Array) {
  // Pixel i covers [i, i + 1] (as on a canvas): its centre is at i + 0.5.
  const cx = Math.min(width - 1.001, Math.max(0, x - 0.5));
  const cy = Math.min(height - 1.001, Math.max(0, y - 0.5));
  const x0 = cx | 0;
  const y0 = cy | 0;
  const fx = cx - x0;
  const fy = cy - y0;
  const i = (y0 * width + x0) * 4;
  const j = i + width * 4;
  const w00 = (1 - fx) * (1 - fy);
  const w10 = fx * (1 - fy);
  const w01 = (1 - fx) * fy;
  const w11 = fx * fy;
  // Written out per channel: a closure here, created for every sample, cost more than the sampling.
  const r = data[i]! * w00 + data[i + 4]! * w10 + data[j]! * w01 + data[j + 4]! * w11;
  const g = data[i + 1]! * w00 + data[i + 5]! * w10 + data[j + 1]! * w01 + data[j + 5]! * w11;
  const b = data[i + 2]! * w00 + data[i + 6]! * w10 + data[j + 2]! * w01 + data[j + 6]! * w11;
  const l = 0.299 * r + 0.587 * g + 0.114 * b;
  out[0] = l;
  out[1] = (b - l) * CHROMA_GAIN;
  out[2] = (r - l) * CHROMA_GAIN;
}

/**
 * Moves each side of a quad found on the shrunken gradient map onto the frame's own edge: along the
 * side, the strongest colour step across it within `reach` pixels (to a fraction of a pixel), then
 * a least-squares line through those points, outliers (a thumb, a shadow) dropped once.
 */
export function refineQuad(frame: Raster, quad: Quad, reach: number): Quad {
  const sides = quad.map((a, s) => fitSide(frame, a, quad[(s + 1) % 4]!, reach));
  const corners = sides.map((side, s) => meet(sides[(s + 3) % 4]!, side) ?? quad[s]!);
  return corners as Quad;
}

interface FittedLine {
  point: Point;
  direction: Point;
}

function fitSide(frame: Raster, a: Point, b: Point, reach: number): FittedLine {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  const nx = -(b.y - a.y) / length;
  const ny = (b.x - a.x) / length;
  const before = new Float64Array(3);
  const after = new Float64Array(3);
  const points: Point[] = [];
  const samples = Math.max(10, Math.min(60, Math.floor(length / 3)));
  const step = 0.5;
  // One buffer for every sample's responses across the side (as many offsets each time).
  const responses = new Float64Array(Math.floor((2 * reach) / step) + 2);
  for (let k = 0; k < samples; k += 1) {
    const t = 0.06 + (0.88 * (k + 0.5)) / samples;
    const px = a.x + (b.x - a.x) * t;
    const py = a.y + (b.y - a.y) * t;
    let count = 0;
    for (let off = -reach; off <= reach; off += step) {
      colourAt(frame, px + nx * (off - 1), py + ny * (off - 1), before);
      colourAt(frame, px + nx * (off + 1), py + ny * (off + 1), after);
      responses[count++] = Math.hypot(after[0]! - before[0]!, after[1]! - before[1]!, after[2]! - before[2]!);
    }
    let best = 0;
    for (let i = 1; i < count; i += 1) if (responses[i]! > responses[best]!) best = i;
    if (best === 0 || best === count - 1) continue; // the edge is not within reach here
    const l = responses[best - 1]!;
    const c = responses[best]!;
    const r = responses[best + 1]!;
    const denominator = l - 2 * c + r;
    const shift = denominator < 0 ? (0.5 * (l - r)) / denominator : 0;
    const off = -reach + (best + shift) * step;
    points.push({ x: px + nx * off, y: py + ny * off });
  }
  const fallback = { point: a, direction: { x: (b.x - a.x) / length, y: (b.y - a.y) / length } };
  if (points.length < 5) return fallback;
  const first = fitLine(points);
  const kept = points.filter((p) => Math.abs(residual(first, p)) < 1.5);
  return kept.length >= 5 ? fitLine(kept) : first;
}

/** Total least squares: the line through the centroid along the points' main direction. */
function fitLine(points: Point[]): FittedLine {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    syy += (p.y - my) ** 2;
    sxy += (p.x - mx) * (p.y - my);
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  return { point: { x: mx, y: my }, direction: { x: Math.cos(angle), y: Math.sin(angle) } };
}

const residual = (line: FittedLine, p: Point) =>
  (p.x - line.point.x) * -line.direction.y + (p.y - line.point.y) * line.direction.x;

function meet(a: FittedLine, b: FittedLine): Point | null {
  const det = a.direction.x * b.direction.y - a.direction.y * b.direction.x;
  if (Math.abs(det) < 1e-6) return null;
  const dx = b.point.x - a.point.x;
  const dy = b.point.y - a.point.y;
  const t = (dx * b.direction.y - dy * b.direction.x) / det;
  return { x: a.point.x + a.direction.x * t, y: a.point.y + a.direction.y * t };
}
