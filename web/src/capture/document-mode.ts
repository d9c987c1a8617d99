import { boxBlur, type Channel, extremum, rowUpsampler, shrinkByMean } from './filters.js';

/**
 * 'Document' mode: a flattened page turned into black and white without losing what a global
 * threshold, or a threshold against the paper alone, loses (issue 12: speckled grey header cells,
 * diagrams wiped out):
 *
 * 1. The page is shrunk to ~0.5 mm blocks (block means: printed halftone dots and sensor noise
 *    average out there).
 * 2. **Local background** `B`: a morphological closing (max then min) over ~4 mm. Strokes of text and
 *    lines of figures, thinner than that, vanish from it; a grey-filled cell larger than that stays,
 *    with its edges where they are (a blur would smear a white rim into it, then a black band).
 * 3. **Paper** `P`: the brightest background within ~12 mm, smoothed: the light falling on the sheet.
 *    `B / P` is then the printed tint (1 on paper, ~0.8 in a shaded cell), shadows divided out.
 * 4. **Ink**: a pixel darker than its local background by a contrast that noise cannot reach
 *    (≥ 12 % of `B` and ≥ 5 σ of the page's own noise, measured on it), or darker than half the paper.
 *    Faint pencil on white (~80 % of paper) is ink; noise in a grey cell is not. Lone pixels are dropped.
 * 5. **Tints** (`B / P` < 0.88: shaded cells, filled shapes, the tones of a figure) are drawn as an
 *    ordered 8×8 dither of the smooth `B / P`, lightened so that text over them stays the darkest
 *    thing: a regular pattern like a printed tint, never the random speckle of thresholded noise.
 *
 * Pure arithmetic on a luma array; the background runs on the shrunk copy, and the full-resolution
 * work is two short passes, so a 4-MP page takes tens of ms.
 */

/**
 * The page's local background `B` and its paper `P` (steps 1–3 above), on blocks of `factor` pixels.
 */
export function pageBackground(luma: Float32Array, width: number, height: number, pxPerMmOption?: number) {
  const pxPerMm = Math.max(1, pxPerMmOption ?? Math.max(width, height) / 297);
  const factor = Math.max(1, Math.round(pxPerMm * 0.5));
  const blockMm = factor / pxPerMm;
  const small = shrinkByMean(luma, width, height, factor);
  const closeRadius = Math.max(1, Math.round(2 / blockMm));
  const background = boxBlur(extremum(extremum(small, closeRadius, true), closeRadius, false), 1);
  const paperRadius = Math.max(2, Math.round(12 / blockMm));
  const paper = boxBlur(extremum(background, paperRadius, true), paperRadius);
  for (let i = 0; i < paper.data.length; i += 1)
    paper.data[i] = Math.max(paper.data[i]!, background.data[i]!, 1);
  return { factor, background, paper, pxPerMm };
}

/** Bayer 8×8 ordered-dither thresholds in (0, 1). */
const BAYER = (() => {
  // The usual recursion: M(2n) = [[4M, 4M + 2], [4M + 3, 4M + 1]].
  let m = [[0]];
  while (m.length < 8) {
    const n = m.length;
    const next = Array.from({ length: 2 * n }, () => new Array<number>(2 * n).fill(0));
    for (let y = 0; y < n; y += 1)
      for (let x = 0; x < n; x += 1) {
        const v = 4 * m[y]![x]!;
        next[y]![x] = v;
        next[y]![x + n] = v + 2;
        next[y + n]![x] = v + 3;
        next[y + n]![x + n] = v + 1;
      }
    m = next;
  }
  return Float32Array.from(m.flat(), (v) => (v + 0.5) / 64);
})();

/** Tints lighter than this (relative to the paper) are paper: uneven paper, a faint shadow's edge. */
export const TINT_FROM = 0.88;
/** How dark a tint is drawn: 0.6 of its true darkness, so black text on it stands out. */
const TINT_STRENGTH = 0.6;
const MIN_CONTRAST = 0.12;
const NOISE_SIGMAS = 5;

/** Values of the returned mask: a black pixel of print, or a black dot of a tint's dither. */
const INK = 1;
const TINT = 2;

export interface DocumentOptions {
  /** Pixels per millimetre of paper; default: the long side taken as A4's 297 mm. */
  pxPerMm?: number;
}

/**
 * Black and white of a page: `ink[i]` is non-zero for a black pixel (1: print, 2: a tint's dot).
 * `luma` is 0–255, row-major.
 */
export function documentInk(
  luma: Float32Array,
  width: number,
  height: number,
  options: DocumentOptions = {},
): Uint8Array {
  const { factor, background, paper } = pageBackground(luma, width, height, options.pxPerMm);
  // Compared pixel by pixel, unsmoothed: a blur would widen every stroke by a pixel each side and
  // fill the holes of small letters. Noise is kept out by the contrast floor instead.
  const floor = NOISE_SIGMAS * noiseSigma(luma, width, height);
  // Per block: below which level a pixel is ink, and how dense the tint's dither is there. Both
  // change slowly, so the full-resolution pass only interpolates and compares.
  const below = new Float32Array(background.data.length);
  const density = new Float32Array(background.data.length);
  for (let i = 0; i < below.length; i += 1) {
    const b = background.data[i]!;
    const p = paper.data[i]!;
    below[i] = Math.max(p * 0.5, b - Math.max(MIN_CONTRAST * b, floor));
    density[i] = b < TINT_FROM * p ? (TINT_STRENGTH * (TINT_FROM - b / p)) / TINT_FROM : 0;
  }
  const atBelow = rowUpsampler({ ...background, data: below }, factor, width);
  const ink = new Uint8Array(width * height);
  const belowRow = new Float32Array(width);
  const block = Int32Array.from({ length: width }, (_, x) => (x / factor) | 0);
  const w = background.width;
  for (let y = 0; y < height; y += 1) {
    atBelow(y, belowRow);
    const o = y * width;
    const bayerRow = (y & 7) * 8;
    const densityRow = Math.min(background.height - 1, (y / factor) | 0) * w;
    for (let x = 0; x < width; x += 1) {
      const s = luma[o + x]!;
      if (s < belowRow[x]!) ink[o + x] = INK;
      else if (BAYER[bayerRow + (x & 7)]! < density[densityRow + block[x]!]!) ink[o + x] = TINT;
    }
  }
  dropLonePixels(ink, width, height);
  return ink;
}

/**
 * Sensor noise of the page, in luma levels: the median difference between horizontal neighbours
 * (print edges are a minority of pixels, so the median sees the flat areas), as a Gaussian σ.
 */
export function noiseSigma(luma: Float32Array, width: number, height: number): number {
  const histogram = new Uint32Array(256);
  let n = 0;
  for (let y = 1; y < height; y += 3)
    for (let x = (y * 7) % 5; x < width - 1; x += 5) {
      const d = Math.min(255, Math.round(Math.abs(luma[y * width + x + 1]! - luma[y * width + x]!)));
      histogram[d]! += 1;
      n += 1;
    }
  let seen = 0;
  for (let d = 0; d < 256; d += 1) {
    seen += histogram[d]!;
    if (seen * 2 >= n) return Math.max(0.5, (d + 0.5) / (0.6745 * Math.SQRT2));
  }
  return 0.5;
}

/** A pixel of print with no black among its 8 neighbours is noise, not a dot of print. */
function dropLonePixels(ink: Uint8Array, width: number, height: number) {
  for (let y = 1; y < height - 1; y += 1)
    for (let x = 1; x < width - 1; x += 1) {
      const i = y * width + x;
      if (ink[i] !== INK) continue;
      if (
        !(
          ink[i - width - 1] ||
          ink[i - width] ||
          ink[i - width + 1] ||
          ink[i - 1] ||
          ink[i + 1] ||
          ink[i + width - 1] ||
          ink[i + width] ||
          ink[i + width + 1]
        )
      )
        ink[i] = 0;
    }
}

export type { Channel };
