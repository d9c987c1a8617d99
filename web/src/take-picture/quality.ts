import { lumaOf, type Point, type Quad, type Raster } from '../capture/raster.js';

/**
 * The quality gate of one page: is it sharp, free of glare, whole, and taken close enough to be read?
 * Pure functions on the flattened page (as it goes into the PDF) and on its outline in the photo, so
 * they run in the page worker and in Node (quality.test.ts, on composed pages).
 */
export type Problem = 'blurry' | 'glare' | 'cutOff' | 'lowResolution';

export interface Quality {
  /** Pixels per inch of the page, as if it were A4 (area-based, so a receipt is judged fairly). */
  dpi: number;
  /** Blur of the print's edges, σ in pixels (see `blurOf`); null on a page with no print to judge. */
  blur: number | null;
  /** Share of the page washed out by a reflection, 0–1. */
  glare: number;
  cutOff: boolean;
  problems: Problem[];
}

/** Below this, small print (8–9 pt) breaks up; 200 dpi is the aim (issue 12). */
export const MIN_DPI = 150;
/**
 * Above this blur the letters run together: σ ≈ 1.8 px at 200 dpi (9 pt print has strokes ~3 px wide).
 * Measured on composed text: sharp 0.8, a Gaussian blur of σ 1.4 px reads 1.9, σ 2.4 reads 2.9
 * (quality.test.ts); the estimate saturates near 3.5 (the 11-pixel window).
 */
export const MAX_BLUR = 2.1;
/** A reflection over more than this share of the page hides print. */
export const MAX_GLARE = 0.02;
const A4_SQUARE_INCHES = 8.27 * 11.69;

/** Effective resolution of a page whose outline has this size in the photo's own pixels. */
export function effectiveDpi(pageSize: { width: number; height: number }): number {
  return Math.round(Math.sqrt((pageSize.width * pageSize.height) / A4_SQUARE_INCHES));
}

/**
 * How blurred the print is: σ, in pixels of the flattened page, of the blur its edges show. At the
 * middle of each edge of print (a local maximum of the gradient along its own direction), a step of
 * height R blurred by σ has a slope of R / (σ√2π), so σ ≈ R / (slope × 2.5); R is the brightness
 * range around the edge (11 × 11 pixels). Only edges with at least 40 % of the page's contrast
 * count, so paper grain, sensor noise and JPEG blocks (all fine, all faint) are left out — the
 * variance of the Laplacian, tried first, read the grain of a blurred page as sharpness. The median
 * over the edges is the page's blur; null on a page with no print to judge.
 */
export function blurOf(page: Raster): number | null {
  const { width, height } = page;
  const r = 5;
  if (width < 4 * r || height < 4 * r) return null;
  const luma = lumaOf(page);
  // Brightest and darkest along each row's window; the column pass runs only at edge pixels.
  const rowMax = new Float32Array(width * height);
  const rowMin = new Float32Array(width * height);
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) {
      let hi = -1;
      let lo = 256;
      const end = Math.min(width - 1, x + r);
      for (let k = Math.max(0, x - r); k <= end; k += 1) {
        const v = luma[y * width + k]!;
        if (v > hi) hi = v;
        if (v < lo) lo = v;
      }
      rowMax[y * width + x] = hi;
      rowMin[y * width + x] = lo;
    }
  const slope = (j: number) =>
    Math.hypot((luma[j + 1]! - luma[j - 1]!) / 2, (luma[j + width]! - luma[j - width]!) / 2);
  // The outline's own edge, and a sliver of desk along it, are not print.
  const margin = Math.round(Math.min(width, height) * 0.03) + r;
  const ranges: number[] = [];
  const slopes: number[] = [];
  for (let y = margin; y < height - margin; y += 1)
    for (let x = margin; x < width - margin; x += 1) {
      const i = y * width + x;
      const gx = (luma[i + 1]! - luma[i - 1]!) / 2;
      const gy = (luma[i + width]! - luma[i - width]!) / 2;
      const g = Math.hypot(gx, gy);
      if (g < 3) continue;
      const step = Math.round(gx / g) + Math.round(gy / g) * width;
      if (slope(i + step) > g || slope(i - step) > g) continue;
      let hi = -1;
      let lo = 256;
      for (let k = y - r; k <= y + r; k += 1) {
        hi = Math.max(hi, rowMax[k * width + x]!);
        lo = Math.min(lo, rowMin[k * width + x]!);
      }
      ranges.push(hi - lo);
      slopes.push(g);
    }
  if (ranges.length === 0) return null;
  const sorted = Float32Array.from(ranges).sort();
  const floor = Math.max(40, sorted[Math.floor(sorted.length * 0.99)]! * 0.4);
  const sigmas: number[] = [];
  for (let i = 0; i < ranges.length; i += 1)
    if (ranges[i]! >= floor) sigmas.push(ranges[i]! / (slopes[i]! * 2.5066));
  if (sigmas.length < 20) return null;
  return Float32Array.from(sigmas).sort()[Math.floor(sigmas.length / 2)]!;
}

/**
 * Share of the page washed out by a reflection: cells of a 24 × 24 grid that are mostly clipped
 * (every channel ≥ 250) on a page whose paper is not itself clipped — an evenly overexposed page
 * keeps its print, a hot spot does not.
 */
export function glareShare(page: Raster): number {
  const { data, width, height } = page;
  const cells = 24;
  const clipped = new Uint32Array(cells * cells);
  const total = new Uint32Array(cells * cells);
  const levels = new Uint32Array(256);
  for (let y = 0; y < height; y += 1) {
    const row = Math.min(cells - 1, Math.floor((y / height) * cells));
    for (let x = 0; x < width; x += 1) {
      const i = (y * width + x) * 4;
      const low = Math.min(data[i]!, data[i + 1]!, data[i + 2]!);
      const cell = row * cells + Math.min(cells - 1, Math.floor((x / width) * cells));
      total[cell]! += 1;
      if (low >= 250) clipped[cell]! += 1;
      levels[low]! += 1;
    }
  }
  // The paper's level: the 70th percentile of the darkest channel (most of a page is paper).
  let paper = 0;
  for (let seen = 0; paper < 255; paper += 1) {
    seen += levels[paper]!;
    if (seen >= width * height * 0.7) break;
  }
  if (paper >= 245) return 0;
  let washed = 0;
  for (let cell = 0; cell < cells * cells; cell += 1)
    if (total[cell]! > 0 && clipped[cell]! >= total[cell]! * 0.6) washed += 1;
  return washed / (cells * cells);
}

/**
 * A page whose outline touches the edge of the photo runs out of it: part of it is missing. (An
 * outline set by hand, or the whole photo when none was found, is the citizen's choice, not judged.)
 */
export function touchesEdge(corners: Quad, photo: { width: number; height: number }): boolean {
  const margin = Math.max(2, Math.min(photo.width, photo.height) * 0.006);
  return corners.some(
    (point) =>
      point.x <= margin ||
      point.y <= margin ||
      point.x >= photo.width - margin ||
      point.y >= photo.height - margin,
  );
}

/** The outline's size in the photo's pixels: its longest opposite sides (as `pageSize`, uncapped). */
export function outlineSize([tl, tr, br, bl]: Quad): { width: number; height: number } {
  const d = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
  return { width: Math.max(d(tl, tr), d(bl, br)), height: Math.max(d(tl, bl), d(tr, br)) };
}

/** The verdict on one page, from its flattened image and its outline in the photo. */
export function judgePage(
  page: Raster,
  outline: { corners: Quad; detected: boolean; photo: { width: number; height: number } },
): Quality {
  const dpi = effectiveDpi(outlineSize(outline.corners));
  const blur = blurOf(page);
  const glare = glareShare(page);
  const cutOff = outline.detected && touchesEdge(outline.corners, outline.photo);
  const problems: Problem[] = [];
  if (blur !== null && blur > MAX_BLUR) problems.push('blurry');
  if (glare > MAX_GLARE) problems.push('glare');
  if (cutOff) problems.push('cutOff');
  if (dpi < MIN_DPI) problems.push('lowResolution');
  return { dpi, blur, glare, cutOff, problems };
}
