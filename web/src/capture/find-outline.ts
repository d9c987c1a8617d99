import { type Gradients, gradients } from './edges.js';
import { cornerAngles, isConvex, orderCorners } from './geometry.js';
import { type Line, LineFinder } from './hough.js';
import { rankQuads } from './quad-search.js';
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
    const outline = search(frame, g, finder.lines(), threshold);
    if (outline) return outline;
  }
  return null;
}

function search(frame: Raster, g: Gradients, lines: Line[], threshold: number): Outline | null {
  if (lines.length < 4) return null;
  for (const found of rankQuads(g, lines, threshold)) {
    // A gradient pixel x spans frame pixels [x·scale, (x + 1)·scale): its centre is at (x + 0.5)·scale.
    const coarse = found.quad.map((p) => ({ x: (p.x + 0.5) * g.scale, y: (p.y + 0.5) * g.scale })) as Quad;
    const corners = orderCorners(refineQuad(frame, coarse, g.scale + 1.5));
    if (!plausible(corners, frame) || !paperLike(frame, corners)) continue;
    const mean = found.support.reduce((s, v) => s + v, 0) / 4;
    return { corners, confidence: Math.min(1, 0.5 * mean + 0.5 * Math.min(...found.support)) };
  }
  return null;
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
  const offset = Math.max(2, frame.width / 120);

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
      probes.forEach(([inside, outside], depth) => {
        sums[depth]! += inside!.luma - outside!.luma;
      });
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
