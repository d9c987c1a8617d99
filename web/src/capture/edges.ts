import type { Raster } from './raster.js';

/** Colour gradients of a frame, at the reduced size the line search works on. */
export interface Gradients {
  width: number;
  height: number;
  /** How many frame pixels one gradient pixel spans. */
  scale: number;
  gx: Float32Array;
  gy: Float32Array;
  magnitude: Float32Array;
}

/** Colour differences count this much more than brightness: a white receipt on a cream desk differs
 * more in hue than in light. */
const CHROMA_GAIN = 2;

/**
 * Shrinks the frame to about `targetWidth` by averaging blocks (the blur that keeps desk grain and
 * print from reading as edges), then takes the Sobel gradient of luma and of two chroma channels,
 * keeping at each pixel the channel that changes most.
 */
export function gradients(image: Raster, targetWidth = 240): Gradients {
  const scale = Math.max(1, Math.round(image.width / targetWidth));
  const width = Math.floor(image.width / scale);
  const height = Math.floor(image.height / scale);
  const luma = new Float32Array(width * height);
  const blue = new Float32Array(width * height);
  const red = new Float32Array(width * height);
  const { data } = image;
  const norm = 1 / (scale * scale);
  const row = image.width * 4;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      if (scale === 2) {
        // The usual case (480 px frames): the 2×2 block written out, the same integer sums.
        const i = (y * 2 * image.width + x * 2) * 4;
        const j = i + row;
        r = data[i]! + data[i + 4]! + data[j]! + data[j + 4]!;
        g = data[i + 1]! + data[i + 5]! + data[j + 1]! + data[j + 5]!;
        b = data[i + 2]! + data[i + 6]! + data[j + 2]! + data[j + 6]!;
      } else {
        for (let dy = 0; dy < scale; dy += 1) {
          let i = ((y * scale + dy) * image.width + x * scale) * 4;
          for (let dx = 0; dx < scale; dx += 1, i += 4) {
            r += data[i]!;
            g += data[i + 1]!;
            b += data[i + 2]!;
          }
        }
      }
      const o = y * width + x;
      const l = (0.299 * r + 0.587 * g + 0.114 * b) * norm;
      luma[o] = l;
      blue[o] = (b * norm - l) * CHROMA_GAIN;
      red[o] = (r * norm - l) * CHROMA_GAIN;
    }
  }
  const gx = new Float32Array(width * height);
  const gy = new Float32Array(width * height);
  const magnitude = new Float32Array(width * height);
  // Squared magnitudes while comparing channels; one square root per pixel at the end.
  sobel(luma, width, height, gx, gy, magnitude);
  sobel(blue, width, height, gx, gy, magnitude);
  sobel(red, width, height, gx, gy, magnitude);
  for (let o = 0; o < magnitude.length; o += 1) magnitude[o] = Math.sqrt(magnitude[o]!);
  return { width, height, scale, gx, gy, magnitude };
}

/** Sobel of one channel, kept where it beats the channels before it. */
function sobel(
  channel: Float32Array,
  width: number,
  height: number,
  gx: Float32Array,
  gy: Float32Array,
  squared: Float32Array,
) {
  for (let y = 1; y < height - 1; y += 1) {
    let o = y * width + 1;
    for (let x = 1; x < width - 1; x += 1, o += 1) {
      const a = channel[o - width - 1]!;
      const c = channel[o - width + 1]!;
      const g = channel[o + width - 1]!;
      const k = channel[o + width + 1]!;
      const sx = c - a + k - g + 2 * (channel[o + 1]! - channel[o - 1]!);
      const sy = g - a + k - c + 2 * (channel[o + width]! - channel[o - width]!);
      const m = sx * sx + sy * sy;
      if (m > squared[o]!) {
        squared[o] = m;
        gx[o] = sx;
        gy[o] = sy;
      }
    }
  }
}
