import type { QrDecoder } from './decoder.js';
import { readQr, toGrey } from './read-qr.js';

/**
 * Frames are scaled down to this longest side before decoding: a QR held up to the camera spans a
 * good part of the picture, and zxing's cost grows with the pixel count (docs/scanner.md).
 */
export const MAX_SIDE = 640;

/**
 * zxing on the frames of a video the scanner owns (rather than @zxing/browser's own camera loop), so
 * the screen alone decides when the camera starts and stops.
 */
export function zxingDecoder(maxSide = MAX_SIDE): QrDecoder {
  const canvas = document.createElement('canvas');
  // Every frame is read back: a canvas kept in memory rather than on the GPU makes that cheap.
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  return {
    engine: 'zxing',
    async decode(picture) {
      const [width, height] = sizeOf(picture);
      if (!width || !height) return [];
      const scale = Math.min(1, maxSide / Math.max(width, height));
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      context.drawImage(picture, 0, 0, canvas.width, canvas.height);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      const text = readQr(toGrey(data), canvas.width, canvas.height);
      return text === null ? [] : [text];
    },
  };
}

function sizeOf(picture: HTMLVideoElement | HTMLImageElement | HTMLCanvasElement): [number, number] {
  if (picture instanceof HTMLVideoElement) return [picture.videoWidth, picture.videoHeight];
  if (picture instanceof HTMLImageElement) return [picture.naturalWidth, picture.naturalHeight];
  return [picture.width, picture.height];
}
