import type { Gradients } from './edges.js';

/** A straight line x·cos θ + y·sin θ = ρ, in gradient-map pixels. */
export interface Line {
  theta: number;
  rho: number;
  votes: number;
}

/** Angle steps per half turn (1°). */
const ANGLES = 180;
/**
 * θ covers the full turn: the normal points the way the edge brightens, so a sheet's side (desk to
 * paper) and the dark border printed just inside it (paper to ink) vote apart. Mixed, they made a
 * line running from the sheet's corner to the border's, and the sheet was lost; on a textured desk
 * grain of both polarities no longer adds up into one line either.
 */
const TURN = 2 * ANGLES;
/** How far (degrees) a sheet's side may turn from a border printed on it. */
const BEYOND_ANGLE = 4;
/** Each edge pixel votes only for lines within this many degrees of its own edge direction. */
const SPREAD = 5;
const COS = Float32Array.from({ length: TURN }, (_, i) => Math.cos((i * Math.PI) / ANGLES));
const SIN = Float32Array.from({ length: TURN }, (_, i) => Math.sin((i * Math.PI) / ANGLES));

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
    this.accumulator = new Uint16Array(TURN * this.span);
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
        const angle = Math.round((Math.atan2(dy, dx) * ANGLES) / Math.PI) + 2 * TURN;
        for (let d = -SPREAD; d <= SPREAD; d += 1) {
          const t = (angle + d) % TURN;
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

  /**
   * Lines nearly parallel to `line` (either polarity) lying further from `centre` than it, by more
   * than 2 and at most `reach` pixels, with at least `minVotes` (the `max` strongest): where the sheet's own side may be
   * when `line` is something printed on it (a table's border, a rule). Near-duplicates dropped,
   * outermost first.
   */
  linesBeyond(
    line: Line,
    centre: { x: number; y: number },
    reach: number,
    minVotes: number,
    max: number,
  ): Line[] {
    const { accumulator, span, diagonal } = this;
    const t0 = Math.round((line.theta * ANGLES) / Math.PI);
    const offset = centre.x * Math.cos(line.theta) + centre.y * Math.sin(line.theta) - line.rho;
    const from = Math.abs(offset);
    const found: { line: Line; distance: number }[] = [];
    for (const base of [t0, t0 + ANGLES]) {
      for (let d = -BEYOND_ANGLE; d <= BEYOND_ANGLE; d += 1) {
        const t = (base + d + 2 * TURN) % TURN;
        const c = centre.x * COS[t]! + centre.y * SIN[t]!;
        const row = t * span;
        for (let r = 1; r < span - 1; r += 1) {
          const v = accumulator[row + r]!;
          const before = accumulator[row + r - 1]!;
          const after = accumulator[row + r + 1]!;
          if (v < before || v < after || v + Math.max(before, after) < minVotes) continue;
          const signed = c - (r - diagonal);
          // Same side of the centre as `line` (the opposite polarity flips the normal, so the sign).
          if (Math.sign(signed) !== (base === t0 ? 1 : -1) * Math.sign(offset)) continue;
          const distance = Math.abs(signed);
          if (distance <= from + 2 || distance > from + reach) continue;
          const votes = v + Math.max(before, after);
          found.push({ line: { theta: (t * Math.PI) / ANGLES, rho: r - diagonal, votes }, distance });
        }
      }
    }
    // The strongest few, then outermost first.
    found.sort((a, b) => b.line.votes - a.line.votes);
    return found
      .filter((f, i) => !found.slice(0, i).some((g) => similar(g.line, f.line)))
      .slice(0, max)
      .sort((a, b) => b.distance - a.distance)
      .map((f) => f.line);
  }

  lines(maxLines = 20): Line[] {
    const minVotes = Math.max(16, Math.min(this.g.width, this.g.height) * 0.12);
    return peaks(this.accumulator, this.span, this.diagonal, minVotes, maxLines);
  }
}

function peaks(accumulator: Uint16Array, span: number, diagonal: number, minVotes: number, maxLines: number) {
  const candidates: Line[] = [];
  for (let t = 0; t < TURN; t += 1) {
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

/** Near-duplicates of the same polarity, including across θ = 0/2π. */
function similar(a: Line, b: Line) {
  const near = 6;
  const angle = (4 * Math.PI) / ANGLES;
  const d = Math.abs(a.theta - b.theta);
  return Math.min(d, 2 * Math.PI - d) < angle && Math.abs(a.rho - b.rho) < near;
}
