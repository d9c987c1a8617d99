import type { PageMode } from './page-store.js';
import type { Raster } from './raster.js';

const luminance = (data: Uint8ClampedArray, i: number) =>
  0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;

function greyOf({ data, width, height }: Raster) {
  const grey = new Float32Array(width * height);
  for (let i = 0; i < grey.length; i += 1) grey[i] = luminance(data, i * 4);
  return grey;
}

/** Block size of the background estimate: larger than a letter, smaller than a shadow. */
const BLOCK = 24;

/**
 * The paper's brightness under each part of the page (the brightest pixels of each block, smoothed),
 * so that shadows and uneven light are divided out before thresholding.
 */
function background(grey: Float32Array, width: number, height: number) {
  const columns = Math.ceil(width / BLOCK);
  const rows = Math.ceil(height / BLOCK);
  const blocks = new Float32Array(columns * rows);
  for (let by = 0; by < rows; by += 1) {
    for (let bx = 0; bx < columns; bx += 1) {
      let brightest = 0;
      for (let y = by * BLOCK; y < Math.min(height, (by + 1) * BLOCK); y += 2) {
        for (let x = bx * BLOCK; x < Math.min(width, (bx + 1) * BLOCK); x += 2)
          brightest = Math.max(brightest, grey[y * width + x]!);
      }
      blocks[by * columns + bx] = brightest;
    }
  }
  // A 3×3 median-ish smoothing (mean of the block and its neighbours' maxima) keeps a dark block of
  // dense text from reading as shadow.
  const smooth = new Float32Array(blocks.length);
  for (let by = 0; by < rows; by += 1) {
    for (let bx = 0; bx < columns; bx += 1) {
      let best = 0;
      for (let dy = -1; dy <= 1; dy += 1) {
        for (let dx = -1; dx <= 1; dx += 1) {
          const x = Math.min(columns - 1, Math.max(0, bx + dx));
          const y = Math.min(rows - 1, Math.max(0, by + dy));
          best = Math.max(best, blocks[y * columns + x]!);
        }
      }
      smooth[by * columns + bx] = Math.max(best, 1);
    }
  }
  return (x: number, y: number) => {
    const fx = Math.min(columns - 1, Math.max(0, x / BLOCK - 0.5));
    const fy = Math.min(rows - 1, Math.max(0, y / BLOCK - 0.5));
    const x0 = Math.floor(fx);
    const y0 = Math.floor(fy);
    const x1 = Math.min(columns - 1, x0 + 1);
    const y1 = Math.min(rows - 1, y0 + 1);
    const tx = fx - x0;
    const ty = fy - y0;
    const top = smooth[y0 * columns + x0]! * (1 - tx) + smooth[y0 * columns + x1]! * tx;
    const bottom = smooth[y1 * columns + x0]! * (1 - tx) + smooth[y1 * columns + x1]! * tx;
    return top * (1 - ty) + bottom * ty;
  };
}

/**
 * 'Document' mode: background divided out, then thresholded. Returns one byte per pixel, 1 for ink,
 * ready for the 1-bit PNG encoder.
 */
export function inkOf(image: Raster, threshold = 0.72): Uint8Array {
  const { width, height } = image;
  const grey = greyOf(image);
  const paper = background(grey, width, height);
  const ink = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = y * width + x;
      ink[i] = grey[i]! < paper(x, y) * threshold ? 1 : 0;
    }
  }
  return ink;
}

/** 'Grey' mode. */
export function toGrey(image: Raster): Raster {
  const data = new Uint8ClampedArray(image.data.length);
  for (let i = 0; i < data.length; i += 4) {
    const value = luminance(image.data, i);
    data[i] = value;
    data[i + 1] = value;
    data[i + 2] = value;
    data[i + 3] = 255;
  }
  return { data, width: image.width, height: image.height };
}

/**
 * Chooses the mode from what the page looks like: colourful (Hasler–Süsstrunk colourfulness) →
 * 'colour'; else mostly paper and ink with few mid-tones → 'document' (text); else 'grey' (photos,
 * drawings in shades).
 */
export function chooseMode(image: Raster): PageMode {
  const { data, width, height } = image;
  const step = Math.max(1, Math.floor(Math.sqrt((width * height) / 40_000)));
  let count = 0;
  let rgSum = 0;
  let rgSquares = 0;
  let ybSum = 0;
  let ybSquares = 0;
  const grey = greyOf(image);
  const paper = background(grey, width, height);
  let midTones = 0;
  for (let y = 0; y < height; y += step) {
    for (let x = 0; x < width; x += step) {
      const i = (y * width + x) * 4;
      const rg = data[i]! - data[i + 1]!;
      const yb = 0.5 * (data[i]! + data[i + 1]!) - data[i + 2]!;
      rgSum += rg;
      rgSquares += rg * rg;
      ybSum += yb;
      ybSquares += yb * yb;
      // Mid-tones measured against the paper under them, so a shadow is not taken for a photo.
      const relative = grey[y * width + x]! / paper(x, y);
      if (relative > 0.35 && relative < 0.8) midTones += 1;
      count += 1;
    }
  }
  const rgMean = rgSum / count;
  const ybMean = ybSum / count;
  const spread = Math.sqrt(rgSquares / count - rgMean ** 2 + (ybSquares / count - ybMean ** 2));
  const colourfulness = spread + 0.3 * Math.hypot(rgMean, ybMean);
  if (colourfulness > 28) return 'colour';
  return midTones / count < 0.12 ? 'document' : 'grey';
}
