import { type Gradients, gradients } from './edges.js';
import { cornerAngles, isConvex, orderCorners } from './geometry.js';
import { type Line, LineFinder } from './hough.js';
import { type Candidate, quadOf, rankQuads, sideSupport } from './quad-search.js';
import type { Point, Quad, Raster } from './raster.js';
import { refineQuad } from './refine.js';

export interface Outline {
  /** Top-left, top-right, bottom-right, bottom-left, in pixels of the frame given. */
  corners: Quad;
  /** 0–1: how completely the four sides are backed by edges in the frame. */
  confidence: number;
}

/**
 * Sobel responses (on 0–255 channels) an edge pixel needs: first a step of about 6 grey levels,
 * then, when that finds no sheet, fainter steps (paper on a white desk), where the stricter sides
 * and paper checks keep desk texture out.
 */
const EDGE_THRESHOLDS = [24, 10];
/** Frames are searched at about this width; the refinement then works at the frame's own size. */
const SEARCH_WIDTH = 240;

/**
 * Finds the sheet of paper in a camera frame (meant for ~480 px wide, RGBA like ImageData):
 * straight colour edges → the best-supported quadrilateral → each side fitted to the frame's pixels
 * → is it paper (lighter than around it, not strongly coloured)? Returns null rather than a guess:
 * an empty desk, a sheet cut by the frame or one that does not stand out gives null.
 */
export function findOutline(frame: Raster): Outline | null {
  const g = gradients(frame, SEARCH_WIDTH);
  const finder = new LineFinder(g);
  let above = Number.POSITIVE_INFINITY;
  for (const threshold of EDGE_THRESHOLDS) {
    finder.vote(threshold, above);
    above = threshold;
    const outline = search(frame, g, finder, threshold);
    if (outline) return outline;
  }
  return null;
}

function search(frame: Raster, g: Gradients, finder: LineFinder, threshold: number): Outline | null {
  const lines = finder.lines();
  if (lines.length < 4) return null;
  for (const found of rankQuads(g, lines, threshold)) {
    const accepted = accept(frame, g, found.quad, found.support);
    if (accepted) return outermost(frame, g, finder, found, accepted, threshold);
  }
  return null;
}

/** A gradient pixel x spans frame pixels [x·scale, (x + 1)·scale): its centre is at (x + 0.5)·scale. */
const toFrame = (quad: Quad, g: Gradients) =>
  orderCorners(quad.map((p) => ({ x: (p.x + 0.5) * g.scale, y: (p.y + 0.5) * g.scale })));

/** Lines tried beyond each side (the strongest): enough for a border and the sheet's edge. */
const MAX_BEYOND = 6;

/** The candidate refined at the frame's size, if it still looks like a sheet of paper. */
function accept(frame: Raster, g: Gradients, quad: Quad, support: number[]): Outline | null {
  const corners = orderCorners(refineQuad(frame, toFrame(quad, g), g.scale + 1.5));
  if (!plausible(corners, frame) || !paperLike(frame, corners)) return null;
  const mean = support.reduce((s, v) => s + v, 0) / 4;
  return { corners, confidence: Math.min(1, 0.5 * mean + 0.5 * Math.min(...support)) };
}

/**
 * The whole sheet, never a part of it: a table's border, a box or a rule printed on the page makes a
 * smaller quad that is also lighter inside than out (a dense block of text outside looks darker than
 * paper). Each side in turn is moved out onto the furthest line beyond it, up to half the quad's
 * size, with which the quad is still backed by edges and paper-like; until no side moves.
 */
function outermost(
  frame: Raster,
  g: Gradients,
  finder: LineFinder,
  found: Candidate,
  outline: Outline,
  threshold: number,
): Outline {
  const sides = [...found.lines] as Line[];
  let best = outline;
  for (let moved = true, rounds = 0; moved && rounds < 2; rounds += 1) {
    moved = false;
    for (let s = 0; s < 4; s += 1) {
      const quad = quadOf(g, sides)!;
      const centre = { x: quad.reduce((a, p) => a + p.x, 0) / 4, y: quad.reduce((a, p) => a + p.y, 0) / 4 };
      const diagonal = (i: number) => Math.hypot(quad[i]!.x - quad[i + 2]!.x, quad[i]!.y - quad[i + 2]!.y);
      const side = Math.hypot(quad[s]!.x - quad[(s + 1) % 4]!.x, quad[s]!.y - quad[(s + 1) % 4]!.y);
      const beyond = finder.linesBeyond(
        sides[s]!,
        centre,
        0.5 * Math.max(diagonal(0), diagonal(1)),
        0.3 * side,
        MAX_BEYOND,
      );
      for (const line of beyond) {
        const trial = sides.map((other, i) => (i === s ? line : other));
        const bigger = quadOf(g, trial);
        const support = bigger && sideSupport(g, bigger, threshold);
        // Cheap checks first: the strip on the coarse quad, before refining it.
        if (!support || !paperBetween(frame, best.corners, toFrame(bigger, g))) continue;
        const accepted = accept(frame, g, bigger, support);
        if (!accepted || !paperBetween(frame, best.corners, accepted.corners)) continue;
        sides[s] = line;
        best = accepted;
        moved = true;
        break;
      }
    }
  }
  return best;
}

/** How much darker than the sheet's paper the strip gained by moving a side out may be. */
const STRIP_TOLERANCE = 20;

/**
 * Is the strip between a quad and a bigger one paper? Across the strip at each point along the
 * moved side, its lightest sample (the strip may hold a title or a rule), over most points, must
 * be nearly as light as the paper inside the quad (its lightest tenth), wherever it is 3 px wide or more. Desk grain or tiles
 * between a sheet and a line further out are darker than the sheet.
 */
function paperBetween(frame: Raster, inner: Quad, outer: Quad): boolean {
  const paper = quantile(gridSamples(frame, inner), 0.9);
  const depth = probeDepth(frame);
  const levels: number[] = [];
  for (let s = 0; s < 4; s += 1) {
    const a = inner[s]!;
    const b = inner[(s + 1) % 4]!;
    const c = outer[s]!;
    const d = outer[(s + 1) % 4]!;
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    // Unit normal of the inner side, pointing into the quad.
    const n = { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
    const centre = { x: inner.reduce((v, p) => v + p.x, 0) / 4, y: inner.reduce((v, p) => v + p.y, 0) / 4 };
    if ((centre.x - a.x) * n.x + (centre.y - a.y) * n.y < 0) {
      n.x = -n.x;
      n.y = -n.y;
    }
    for (let t = 0.1; t < 0.9; t += 0.05) {
      const to = { x: c.x + (d.x - c.x) * t, y: c.y + (d.y - c.y) * t };
      // How far the outer side lies beyond the inner one here (0 where they share a line).
      const width = (a.x - to.x) * n.x + (a.y - to.y) * n.y;
      if (width < 3) continue;
      // Just inside the new side, no deeper than the strip: a photo printed on the page may fill
      // the rest of it, but the sheet has a light margin along its edge.
      let lightest = 0;
      for (let k = 1.5; k < Math.min(width - 1, 3 * depth); k += 1.5) {
        const p = pixel(frame, { x: to.x + n.x * k, y: to.y + n.y * k });
        if (p) lightest = Math.max(lightest, p.luma);
      }
      if (lightest > 0) levels.push(lightest);
    }
  }
  return levels.length >= 8 && quantile(levels, 0.2) >= paper - STRIP_TOLERANCE;
}

/** Luma on a 12 × 12 grid over the quad's inside (bilinear in its corners). */
function gridSamples(frame: Raster, [a, b, c, d]: Quad): number[] {
  const values: number[] = [];
  for (let i = 1; i < 12; i += 1) {
    for (let j = 1; j < 12; j += 1) {
      const u = i / 12;
      const v = j / 12;
      const top = { x: a.x + (b.x - a.x) * u, y: a.y + (b.y - a.y) * u };
      const bottom = { x: d.x + (c.x - d.x) * u, y: d.y + (c.y - d.y) * u };
      const p = pixel(frame, { x: top.x + (bottom.x - top.x) * v, y: top.y + (bottom.y - top.y) * v });
      if (p) values.push(p.luma);
    }
  }
  return values;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/** The refinement may not turn a good quad into a bad one (a corner pulled off the frame). */
function plausible(corners: Quad, { width, height }: Raster) {
  if (!isConvex(corners)) return false;
  if (corners.some((p) => p.x < -1 || p.y < -1 || p.x > width + 1 || p.y > height + 1)) return false;
  return cornerAngles(corners).every((a) => a > 40 && a < 140);
}

/** Paper on a dark desk is far lighter than around it; on a white desk it must at least not be darker. */
const MIN_CONTRAST = 8;
const MIN_SIDE_CONTRAST = 5;
/** Share of samples just inside the outline that are strongly coloured: a blue folder is not paper. */
const MAX_COLOURED = 0.5;

/**
 * Compares thin bands just inside and just outside every side. A quad traced on desk grain, a
 * keyboard or a coloured object is darker or more colourful inside than a sheet of paper.
 */
export function paperLike(frame: Raster, corners: Quad): boolean {
  const cx = corners.reduce((s, p) => s + p.x, 0) / 4;
  const cy = corners.reduce((s, p) => s + p.y, 0) / 4;
  const offset = probeDepth(frame);

  let coloured = 0;
  let samples = 0;
  const contrasts: number[] = [];
  for (let s = 0; s < 4; s += 1) {
    const a = corners[s]!;
    const b = corners[(s + 1) % 4]!;
    // Per depth, so that the side's contrast is its weakest depth: a side traced along a line of
    // print has paper again a little further out, a sheet's side has desk at every depth.
    const sums = [0, 0, 0];
    let count = 0;
    for (let t = 0.1; t < 0.9; t += 0.04) {
      const p = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
      const length = Math.hypot(cx - p.x, cy - p.y) || 1;
      const n = { x: (cx - p.x) / length, y: (cy - p.y) / length };
      const probes = [1, 2, 3].map((depth) => [
        pixel(frame, { x: p.x + n.x * offset * depth, y: p.y + n.y * offset * depth }),
        pixel(frame, { x: p.x - n.x * offset * depth, y: p.y - n.y * offset * depth }),
      ]);
      if (probes.some(([inside, outside]) => !inside || !outside)) continue;
      const insideLight = Math.max(...probes.map(([inside]) => inside!.luma));
      const outsideLight = Math.max(...probes.map(([, outside]) => outside!.luma));
      sums[0]! += insideLight - outsideLight;
      sums[1]! += insideLight - outsideLight;
      sums[2]! += insideLight - outsideLight;
      if (probes[0]![0]!.chroma > 60) coloured += 1;
      count += 1;
    }
    samples += count;
    contrasts.push(count ? Math.min(...sums) / count : 0);
  }
  // Every side, not just on average: one side traced along desk grain has the desk on both sides.
  return (
    samples > 0 &&
    Math.min(...contrasts) >= MIN_SIDE_CONTRAST &&
    contrasts.reduce((s, c) => s + c, 0) / 4 >= MIN_CONTRAST &&
    coloured / samples <= MAX_COLOURED
  );
}

/** Spacing of the probes beside a side: 4 px in a 480 px frame. */
const probeDepth = (frame: Raster) => Math.max(2, frame.width / 120);

function pixel({ data, width, height }: Raster, p: Point) {
  const x = Math.round(p.x);
  const y = Math.round(p.y);
  if (x < 0 || y < 0 || x >= width || y >= height) return null;
  const i = (y * width + x) * 4;
  const r = data[i]!;
  const g = data[i + 1]!;
  const b = data[i + 2]!;
  return { luma: 0.299 * r + 0.587 * g + 0.114 * b, chroma: Math.max(r, g, b) - Math.min(r, g, b) };
}
