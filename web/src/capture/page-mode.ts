import { createRaster, lumaOf, type Raster } from './raster.js';

export type PageMode = 'document' | 'grey' | 'colour';

/** Background cells: larger than a letter, smaller than a shadow's change. */
const CELL = 32;

/**
 * The paper's brightness under every pixel: the brightest pixel of each cell (ink never is), the
 * brightest of each cell's neighbours (a cell full of text still sees paper), then smoothed and
 * interpolated back, so shadows and uneven light can be divided out.
 */
export function paperBrightness(luma: Float32Array, width: number, height: number): Float32Array {
  const columns = Math.ceil(width / CELL);
  const rows = Math.ceil(height / CELL);
  const cells = new Float32Array(columns * rows);
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) {
      const c = Math.floor(y / CELL) * columns + Math.floor(x / CELL);
      cells[c] = Math.max(cells[c]!, luma[y * width + x]!);
    }
  const at = (grid: Float32Array, cx: number, cy: number) =>
    grid[Math.min(rows - 1, Math.max(0, cy)) * columns + Math.min(columns - 1, Math.max(0, cx))]!;
  const widened = cells.map((_, c) => {
    let best = 0;
    for (let dy = -1; dy <= 1; dy += 1)
      for (let dx = -1; dx <= 1; dx += 1)
        best = Math.max(best, at(cells, (c % columns) + dx, Math.floor(c / columns) + dy));
    return best;
  });
  const smooth = widened.map((_, c) => {
    let sum = 0;
    for (let dy = -1; dy <= 1; dy += 1)
      for (let dx = -1; dx <= 1; dx += 1)
        sum += at(widened, (c % columns) + dx, Math.floor(c / columns) + dy);
    return Math.max(1, sum / 9);
  });
  const paper = new Float32Array(width * height);
  for (let y = 0; y < height; y += 1) {
    const fy = Math.max(0, y / CELL - 0.5);
    const cy = Math.floor(fy);
    const ty = Math.min(1, fy - cy);
    for (let x = 0; x < width; x += 1) {
      const fx = Math.max(0, x / CELL - 0.5);
      const cx = Math.floor(fx);
      const tx = Math.min(1, fx - cx);
      const top = at(smooth, cx, cy) * (1 - tx) + at(smooth, cx + 1, cy) * tx;
      const bottom = at(smooth, cx, cy + 1) * (1 - tx) + at(smooth, cx + 1, cy + 1) * tx;
      paper[y * width + x] = top * (1 - ty) + bottom * ty;
    }
  }
  return paper;
}

/**
 * 'Document' mode: each pixel divided by the paper under it, then thresholded, so a shadow across
 * the page stays white and faint print stays black. Pure black and white, ready for a 1-bit PNG.
 */
export function toBlackAndWhite(image: Raster, threshold = 0.7): Raster {
  const { width, height } = image;
  const luma = lumaOf(image);
  const paper = paperBrightness(luma, width, height);
  const out = createRaster(width, height);
  for (let p = 0; p < luma.length; p += 1) {
    const value = luma[p]! < paper[p]! * threshold ? 0 : 255;
    out.data[p * 4] = value;
    out.data[p * 4 + 1] = value;
    out.data[p * 4 + 2] = value;
  }
  return out;
}

/** 'Grey' mode: luma in all three channels. */
export function toGrey(image: Raster): Raster {
  const luma = lumaOf(image);
  const out = createRaster(image.width, image.height);
  for (let p = 0; p < luma.length; p += 1) {
    out.data[p * 4] = luma[p]!;
    out.data[p * 4 + 1] = luma[p]!;
    out.data[p * 4 + 2] = luma[p]!;
  }
  return out;
}

/** A pixel this far from grey (0–255, after white balance on the paper) is colour, not a tint. */
const COLOURED = 50;
/** Share of coloured pixels from which colour is worth its bytes: a figure, a stamp, a photo. */
const COLOUR_SHARE = 0.04;
/** Share of mid-tones (neither paper nor ink) above which black and white would lose the picture. */
const MID_TONE_SHARE = 0.15;

/**
 * Chooses the mode from what the (flattened) page looks like: enough strongly coloured pixels →
 * 'colour'; otherwise paper and ink with few tones between (text) → 'document'; else 'grey'.
 * Measured on about 40 000 pixels, relative to the paper's own colour and brightness, so that
 * warm lamp light or a shadow does not count as colour or as grey.
 */
export function choosePageMode(image: Raster): PageMode {
  const { data, width, height } = image;
  const luma = lumaOf(image);
  const paper = paperBrightness(luma, width, height);
  const white = paperColour(image, luma, paper);
  const step = Math.max(1, Math.round(Math.sqrt((width * height) / 40_000)));
  let count = 0;
  let coloured = 0;
  let midTones = 0;
  for (let y = 0; y < height; y += step) {
    for (let x = 0; x < width; x += step) {
      const p = y * width + x;
      const r = (data[p * 4]! * 255) / white[0];
      const g = (data[p * 4 + 1]! * 255) / white[1];
      const b = (data[p * 4 + 2]! * 255) / white[2];
      if (Math.max(r, g, b) - Math.min(r, g, b) > COLOURED) coloured += 1;
      const relative = luma[p]! / paper[p]!;
      if (relative > 0.35 && relative < 0.8) midTones += 1;
      count += 1;
    }
  }
  if (coloured / count >= COLOUR_SHARE) return 'colour';
  return midTones / count > MID_TONE_SHARE ? 'grey' : 'document';
}

/** Mean colour of the pixels that are paper (near the local paper brightness): the white balance. */
function paperColour({ data }: Raster, luma: Float32Array, paper: Float32Array): [number, number, number] {
  const sum = [0, 0, 0];
  let n = 0;
  for (let p = 0; p < luma.length; p += 7) {
    if (luma[p]! < paper[p]! * 0.9) continue;
    for (let c = 0; c < 3; c += 1) sum[c]! += data[p * 4 + c]!;
    n += 1;
  }
  return n ? [Math.max(1, sum[0]! / n), Math.max(1, sum[1]! / n), Math.max(1, sum[2]! / n)] : [255, 255, 255];
}
