import { warpToRectangle } from '../capture/perspective.js';
import { lumaOf, type Quad, type Raster } from '../capture/raster.js';

/**
 * What is printed inside an outline, as a tiny picture: how automatic mode notices that a new page
 * was laid where the previous one was (a stack), when the outline itself does not move.
 */
export type Signature = Float32Array;

const COLUMNS = 24;
const ROWS = 32;
const OVERSAMPLE = 4;
/** Above this (mean difference, in standard deviations of the page's brightness), it is another page. */
export const NEW_PAGE = 0.45;

/**
 * The page inside `corners`, flattened to 96 × 128 and averaged down to 24 × 32 (averaging, not point
 * sampling: a line of print then lands in the same cells when the outline wobbles by a pixel), then
 * centred and scaled so that light and exposure changes do not count.
 */
export function pageSignature(frame: Raster, corners: Quad): Signature {
  const flat = lumaOf(warpToRectangle(frame, corners, COLUMNS * OVERSAMPLE, ROWS * OVERSAMPLE));
  const cells = new Float32Array(COLUMNS * ROWS);
  const wide = COLUMNS * OVERSAMPLE;
  for (let y = 0; y < ROWS * OVERSAMPLE; y += 1)
    for (let x = 0; x < wide; x += 1)
      cells[Math.floor(y / OVERSAMPLE) * COLUMNS + Math.floor(x / OVERSAMPLE)]! += flat[y * wide + x]!;
  // A tent filter over neighbouring cells: lines of print that fall on a cell border after a
  // sub-pixel wobble still count half in each.
  const smooth = new Float32Array(cells.length);
  for (let y = 0; y < ROWS; y += 1)
    for (let x = 0; x < COLUMNS; x += 1) {
      let sum = 0;
      let weight = 0;
      for (let dy = -1; dy <= 1; dy += 1)
        for (let dx = -1; dx <= 1; dx += 1) {
          const yy = y + dy;
          const xx = x + dx;
          if (yy < 0 || yy >= ROWS || xx < 0 || xx >= COLUMNS) continue;
          const w = (2 - Math.abs(dx)) * (2 - Math.abs(dy));
          sum += cells[yy * COLUMNS + xx]! * w;
          weight += w;
        }
      smooth[y * COLUMNS + x] = sum / weight;
    }
  let mean = 0;
  for (const value of smooth) mean += value;
  mean /= cells.length;
  let variance = 0;
  for (const value of smooth) variance += (value - mean) ** 2;
  // A blank page has no spread: keep a floor so that sensor noise is not blown up into "content".
  const spread = Math.max(Math.sqrt(variance / cells.length), OVERSAMPLE * OVERSAMPLE * 4);
  return smooth.map((value) => (value - mean) / spread);
}

/** Mean absolute difference of two signatures: ~0.2 for the same page seen again (sub-pixel wobble over lines of print), ~1 for another page. */
export function signatureDistance(a: Signature, b: Signature): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += Math.abs(a[i]! - b[i]!);
  return sum / a.length;
}
