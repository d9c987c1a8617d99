import type { QrDecoder } from './decoder.js';
import { readQr, toGrey } from './read-qr.js';

/**
 * Each frame is read at a longest side of 640 px, then, when that finds nothing, once more smaller,
 * at a size that changes from frame to frame. Shrinking averages away sensor noise and blur that
 * defeat zxing's binarizer at full size; and zxing-js misreads a few perfectly sharp codes at one
 * scale and not at another (a steady picture, like a phone on a stand or the tests' fake camera,
 * would otherwise fail forever). The larger size keeps small or distant codes readable. Measured in
 * docs/scanner.md.
 */
export const PASSES = [
  [640, 400],
  [640, 320],
  [640, 480],
  [640, 360],
  [640, 560],
];

/**
 * zxing on the frames of a video the scanner owns (rather than @zxing/browser's own camera loop), so
 * the screen alone decides when the camera starts and stops.
 */
export function zxingDecoder(passes = PASSES): QrDecoder {
  const canvas = document.createElement('canvas');
  // Every frame is read back: a canvas kept in memory rather than on the GPU makes that cheap.
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  let frame = 0;
  return {
    engine: 'zxing',
    async decode(picture) {
      const [width, height] = sizeOf(picture);
      if (!width || !height) return [];
      const sides = passes[frame % passes.length]!;
      frame += 1;
      for (const side of sides) {
        const scale = Math.min(1, side / Math.max(width, height));
        canvas.width = Math.round(width * scale);
        canvas.height = Math.round(height * scale);
        context.drawImage(picture, 0, 0, canvas.width, canvas.height);
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        const text = readQr(toGrey(data), canvas.width, canvas.height);
        if (text !== null) return [text];
      }
      return [];
    },
  };
}

function sizeOf(picture: HTMLVideoElement | HTMLImageElement | HTMLCanvasElement): [number, number] {
  if (picture instanceof HTMLVideoElement) return [picture.videoWidth, picture.videoHeight];
  if (picture instanceof HTMLImageElement) return [picture.naturalWidth, picture.naturalHeight];
  return [picture.width, picture.height];
}
