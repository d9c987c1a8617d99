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
  /** Edge sharpness (see `sharpness`); null on a page with no print to judge. */
  sharpness: number | null;
  /** Share of the page washed out by a reflection, 0–1. */
  glare: number;
  cutOff: boolean;
  problems: Problem[];
}

/** Below this, small print (8–9 pt) breaks up; 200 dpi is the aim (issue 12). */
export const MIN_DPI = 150;
/**
 * Below this sharpness, strokes are smeared by a blur of σ ≈ 2 px or more (on composed text: a sharp
 * page ~5.8, σ ≈ 1.4 px ~0.11, σ ≈ 2.4 px ~0.03; quality.test.ts). At 200 dpi, σ = 2 px is where
 * 9 pt letters start to run together.
 */
export const MIN_SHARPNESS = 0.05;
/** A reflection over more than this share of the page hides print. */
export const MAX_GLARE = 0.02;
const A4_SQUARE_INCHES = 8.27 * 11.69;

/** Effective resolution of a page whose outline has this size in the photo's own pixels. */
export function effectiveDpi(pageSize: { width: number; height: number }): number {
  return Math.round(Math.sqrt((pageSize.width * pageSize.height) / A4_SQUARE_INCHES));
}

/**
 * How sharp the print is, independent of how much print there is and of its contrast: over the
 * strongest 5 % of gradients (the edges of letters), the energy of the Laplacian divided by the
 * energy of the gradient. For an edge blurred over σ pixels this falls as 1/σ², so a page with one
 * faint line is not called blurry while a smeared page is, whatever it holds.
 */
export function sharpness(page: Raster): number | null {
  const { width, height } = page;
  if (width < 8 || height < 8) return null;
  const luma = lumaOf(page);
  const magnitude = new Float32Array(width * height);
  const histogram = new Uint32Array(512);
  for (let y = 1; y < height - 1; y += 1) {
    for (let x = 1; x < width - 1; x += 1) {
      const i = y * width + x;
      const gx = (luma[i + 1]! - luma[i - 1]!) / 2;
      const gy = (luma[i + width]! - luma[i - width]!) / 2;
      const m = Math.hypot(gx, gy);
      magnitude[i] = m;
      histogram[Math.min(511, m | 0)]! += 1;
    }
  }
  const interior = (width - 2) * (height - 2);
  let threshold = 511;
  for (let seen = 0; threshold > 0; threshold -= 1) {
    seen += histogram[threshold]!;
    if (seen >= interior * 0.05) break;
  }
  // Under 5 levels a pixel there is no print, only paper grain: nothing to judge.
  threshold = Math.max(threshold, 5);
  let laplacianEnergy = 0;
  let gradientEnergy = 0;
  let count = 0;
  for (let y = 1; y < height - 1; y += 1) {
    for (let x = 1; x < width - 1; x += 1) {
      const i = y * width + x;
      const m = magnitude[i]!;
      if (m < threshold) continue;
      const laplacian = luma[i - 1]! + luma[i + 1]! + luma[i - width]! + luma[i + width]! - 4 * luma[i]!;
      laplacianEnergy += laplacian * laplacian;
      gradientEnergy += m * m;
      count += 1;
    }
  }
  if (count < interior * 0.002 || gradientEnergy === 0) return null;
  return laplacianEnergy / gradientEnergy;
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
  const sharp = sharpness(page);
  const glare = glareShare(page);
  const cutOff = outline.detected && touchesEdge(outline.corners, outline.photo);
  const problems: Problem[] = [];
  if (sharp !== null && sharp < MIN_SHARPNESS) problems.push('blurry');
  if (glare > MAX_GLARE) problems.push('glare');
  if (cutOff) problems.push('cutOff');
  if (dpi < MIN_DPI) problems.push('lowResolution');
  return { dpi, sharpness: sharp, glare, cutOff, problems };
}
