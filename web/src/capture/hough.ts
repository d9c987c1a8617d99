import type { Gradients } from './edges.js';

/** A straight line x·cos θ + y·sin θ = ρ, in gradient-map pixels. */
export interface Line {
  theta: number;
  rho: number;
  votes: number;
}

const ANGLES = 180;
/** Each edge pixel votes only for lines within this many degrees of its own edge direction. */
const SPREAD = 3;
const COS = Float32Array.from({ length: ANGLES }, (_, i) => Math.cos((i * Math.PI) / ANGLES));
const SIN = Float32Array.from({ length: ANGLES }, (_, i) => Math.sin((i * Math.PI) / ANGLES));

/**
 * The strongest straight edges: thin edge pixels (local maxima across the edge) vote in a Hough
 * accumulator, guided by their gradient direction so that each votes a handful of times instead of
 * 180. Votes accumulate: a second, fainter pass only adds the pixels the first one left out.
 */
export class LineFinder {
  private readonly diagonal: number;
  private readonly span: number;
  private readonly accumulator: Uint16Array;

  constructor(private readonly g: Gradients) {
    this.diagonal = Math.ceil(Math.hypot(g.width, g.height));
    this.span = 2 * this.diagonal + 1;
    this.accumulator = new Uint16Array(ANGLES * this.span);
  }

  /** Adds the votes of edge pixels whose gradient magnitude is in [min, max). */
  vote(min: number, max = Number.POSITIVE_INFINITY) {
    const { width, height, gx, gy, magnitude } = this.g;
    const { accumulator, span, diagonal } = this;
    for (let y = 2; y < height - 2; y += 1) {
      for (let x = 2; x < width - 2; x += 1) {
        const o = y * width + x;
        const m = magnitude[o]!;
        if (m < min || m >= max) continue;
        const dx = gx[o]! / m;
        const dy = gy[o]! / m;
        // Non-maximum suppression across the edge keeps lines one pixel thin, so peaks stay sharp;
        // only a neighbour on the same edge (same direction) may suppress: desk grain beside a
        // sheet's side must not erase it.
        const step = Math.round(dx) + Math.round(dy) * width;
        if (this.stronger(o + step, dx, dy, m) || this.stronger(o - step, dx, dy, m)) continue;
        const angle = Math.round((Math.atan2(dy, dx) * ANGLES) / Math.PI) + 2 * ANGLES;
        for (let d = -SPREAD; d <= SPREAD; d += 1) {
          const t = (angle + d) % ANGLES;
          // ρ + diagonal is never negative, so truncating after + 0.5 rounds.
          accumulator[t * span + ((x * COS[t]! + y * SIN[t]! + diagonal + 0.5) | 0)]! += 1;
        }
      }
    }
  }

  private stronger(o: number, dx: number, dy: number, m: number) {
    const { gx, gy, magnitude } = this.g;
    const n = magnitude[o]!;
    return n > m && gx[o]! * dx + gy[o]! * dy > 0.8 * n;
  }

  lines(maxLines = 20): Line[] {
    const minVotes = Math.max(16, Math.min(this.g.width, this.g.height) * 0.12);
    return peaks(this.accumulator, this.span, this.diagonal, minVotes, maxLines);
  }
}

function peaks(accumulator: Uint16Array, span: number, diagonal: number, minVotes: number, maxLines: number) {
  const candidates: Line[] = [];
  for (let t = 0; t < ANGLES; t += 1) {
    const row = t * span;
    for (let r = 1; r < span - 1; r += 1) {
      const v = accumulator[row + r]!;
      const before = accumulator[row + r - 1]!;
      const after = accumulator[row + r + 1]!;
      if (v < before || v < after || v + Math.max(before, after) < minVotes) continue;
      // An edge falling between two pixel rows is two equally strong pixels thick, and its votes
      // split between two ρ; counting the stronger neighbour keeps it level with a sharp edge.
      candidates.push({
        theta: (t * Math.PI) / ANGLES,
        rho: r - diagonal,
        votes: v + Math.max(before, after),
      });
    }
  }
  candidates.sort((a, b) => b.votes - a.votes);
  const lines: Line[] = [];
  for (const c of candidates) {
    if (lines.some((l) => similar(l, c))) continue;
    lines.push(c);
    if (lines.length === maxLines) break;
  }
  return lines;
}

/** Near-duplicates, including across θ = 0/π where ρ changes sign. */
function similar(a: Line, b: Line) {
  const near = 6;
  const angle = (4 * Math.PI) / ANGLES;
  const d = Math.abs(a.theta - b.theta);
  if (d < angle) return Math.abs(a.rho - b.rho) < near;
  if (Math.PI - d < angle) return Math.abs(a.rho + b.rho) < near;
  return false;
}
