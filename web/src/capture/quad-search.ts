import type { Gradients } from './edges.js';
import { cornerAngles, isConvex, polygonArea } from './geometry.js';
import type { Line } from './hough.js';
import type { Point, Quad } from './raster.js';

/** How well each side of a candidate is backed by edge pixels along its whole length (0–1). */
export interface Candidate {
  quad: Quad;
  lines: [Line, Line, Line, Line];
  support: number[];
  score: number;
}

/** Limits of what a photographed sheet looks like (fractions of the frame, degrees). */
const MIN_AREA = 0.03;
const MAX_AREA = 0.98;
const MIN_ANGLE = 45;
const MAX_ANGLE = 135;
/** A side may be hidden by a thumb or glare for this share of its length, not more. */
const MIN_SIDE_SUPPORT = 0.6;
const MIN_MEAN_SUPPORT = 0.75;

function intersect(a: Line, b: Line): Point | null {
  const ca = Math.cos(a.theta);
  const sa = Math.sin(a.theta);
  const cb = Math.cos(b.theta);
  const sb = Math.sin(b.theta);
  const det = ca * sb - sa * cb;
  if (Math.abs(det) < 1e-6) return null;
  return { x: (a.rho * sb - b.rho * sa) / det, y: (ca * b.rho - cb * a.rho) / det };
}

/** Angle between two lines, 0–90°. */
function between(a: Line, b: Line) {
  const d = Math.abs(a.theta - b.theta) % Math.PI;
  return (Math.min(d, Math.PI - d) * 180) / Math.PI;
}

/**
 * The best few quadrilaterals (best first) made of four of the lines: two nearly parallel pairs crossing each other,
 * corners inside the frame, a plausible sheet's angles and area, every side backed by edges. The
 * score is the backed perimeter less the bare one, so the sheet beats any smaller rectangle printed
 * on it, and a larger quad stretched along desk grain loses to the sheet. More than one is kept
 * because a sheet lying across a keyboard has a runner-up: the keyboard's edge just past its own.
 */
export function rankQuads(g: Gradients, lines: Line[], threshold: number, keep = 4): Candidate[] {
  const pairs: [Line, Line][] = [];
  for (let i = 0; i < lines.length; i += 1)
    for (let j = i + 1; j < lines.length; j += 1)
      if (between(lines[i]!, lines[j]!) < 35) pairs.push([lines[i]!, lines[j]!]);
  const frameArea = g.width * g.height;
  const quads: { quad: Quad; lines: [Line, Line, Line, Line]; perimeter: number }[] = [];
  for (let i = 0; i < pairs.length; i += 1) {
    for (let j = i + 1; j < pairs.length; j += 1) {
      const [a1, a2] = pairs[i]!;
      const [b1, b2] = pairs[j]!;
      if (a1 === b1 || a1 === b2 || a2 === b1 || a2 === b2 || between(a1, b1) < 45) continue;
      // Walking round the sides a1, b2, a2, b1 meets the corners in this order.
      const sides: [Line, Line, Line, Line] = [a1, b2, a2, b1];
      const quad = quadOf(g, sides, frameArea);
      if (quad) quads.push({ quad, lines: sides, perimeter: perimeter(quad) });
    }
  }
  // Largest first: a candidate's score can never exceed its perimeter, so the search stops early.
  quads.sort((a, b) => b.perimeter - a.perimeter);
  const best: Candidate[] = [];
  for (const { quad, lines: sides, perimeter: length } of quads) {
    if (best.length === keep && length <= best[keep - 1]!.score) break;
    const support = sideSupport(g, quad, threshold);
    if (!support) continue;
    // Backed length counts for, bare length against: a bigger quad must earn its extra sides.
    const score = support.reduce((s, v, i) => s + (2 * v - 1) * distance(quad[i]!, quad[(i + 1) % 4]!), 0);
    best.push({ quad, lines: sides, support, score });
    best.sort((a, b) => b.score - a.score);
    if (best.length > keep) best.pop();
  }
  return best;
}

/**
 * The quad whose side i lies on sides[i] (corner i where sides i − 1 and i meet), if it looks like a
 * photographed sheet: corners inside the frame, convex, plausible area and angles.
 */
export function quadOf(g: Gradients, sides: readonly Line[], frameArea = g.width * g.height): Quad | null {
  const corners = sides.map((side, i) => intersect(sides[(i + 3) % 4]!, side));
  if (corners.some((p) => !p || p.x < 0 || p.y < 0 || p.x > g.width || p.y > g.height)) return null;
  const quad = corners as Quad;
  const area = polygonArea(quad);
  if (area < MIN_AREA * frameArea || area > MAX_AREA * frameArea || !isConvex(quad)) return null;
  if (cornerAngles(quad).some((angle) => angle < MIN_ANGLE || angle > MAX_ANGLE)) return null;
  return quad;
}

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
const perimeter = (q: Quad) => q.reduce((s, p, i) => s + distance(p, q[(i + 1) % 4]!), 0);

/** Cosine of the largest angle between an edge pixel's gradient and the side's normal. */
const ALIGNED = Math.cos((20 * Math.PI) / 180);

/**
 * Share of points along each side (corners left out) where, within a pixel across the side, the
 * gradient is strong and perpendicular to the side, all with the same polarity. Null as soon as
 * one side falls short.
 */
export function sideSupport(g: Gradients, quad: Quad, threshold: number): number[] | null {
  const { width, gx, gy, magnitude } = g;
  const support: number[] = [];
  for (let s = 0; s < 4; s += 1) {
    const a = quad[s]!;
    const b = quad[(s + 1) % 4]!;
    const length = distance(a, b);
    const nx = -(b.y - a.y) / length;
    const ny = (b.x - a.x) / length;
    const samples = Math.max(8, Math.floor(length * 0.9));
    // Bit 1: an edge brightening across the side, bit 2: darkening. Near a side both may occur
    // (a dark seam beside the sheet); the side's polarity is the one found more often.
    const found = new Uint8Array(samples);
    let rising = 0;
    let falling = 0;
    for (let k = 0; k < samples; k += 1) {
      // The side's support is its more frequent polarity's share: once even every sample left
      // could not lift it to the minimum, the quad is out (most quads tried end here, early).
      if (Math.max(rising, falling) + samples - k < MIN_SIDE_SUPPORT * samples) return null;
      const t = 0.05 + (0.9 * (k + 0.5)) / samples;
      const px = a.x + (b.x - a.x) * t;
      const py = a.y + (b.y - a.y) * t;
      for (let off = -1; off <= 1; off += 1) {
        const x = Math.round(px + nx * off);
        const y = Math.round(py + ny * off);
        if (x < 1 || y < 1 || x >= width - 1 || y >= g.height - 1) continue;
        const o = y * width + x;
        const m = magnitude[o]!;
        if (m < threshold) continue;
        const cos = (gx[o]! * nx + gy[o]! * ny) / m;
        if (cos > ALIGNED) found[k]! |= 1;
        else if (cos < -ALIGNED) found[k]! |= 2;
      }
      if (found[k]! & 1) rising += 1;
      if (found[k]! & 2) falling += 1;
    }
    const polarity = rising >= falling ? 1 : 2;
    const backed = (from: number, to: number) => {
      let count = 0;
      for (let k = from; k < to; k += 1) if (found[k]! & polarity) count += 1;
      return count / Math.max(1, to - from);
    };
    const value = backed(0, samples);
    // Both ends must be backed too: a line running on past the sheet's corner (along desk grain,
    // a table edge) leaves a long bare stretch at one end.
    const end = Math.ceil(samples * 0.15);
    if (value < MIN_SIDE_SUPPORT || backed(0, end) < 0.4 || backed(samples - end, samples) < 0.4) return null;
    support.push(value);
  }
  const mean = support.reduce((s, v) => s + v, 0) / 4;
  return mean >= MIN_MEAN_SUPPORT ? support : null;
}
