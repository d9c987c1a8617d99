import { BrowserQRCodeReader } from '@zxing/browser';
import { DecodeHintType, NotFoundException } from '@zxing/library';
import type { QrDecoder } from './decoder.js';
import { sizeOf } from './wasm-decoder.js';

/**
 * Each frame is read at a longest side of 640 px, then, when that finds nothing, once more smaller,
 * at a size that changes from frame to frame. Shrinking averages away sensor noise and blur that
 * defeat zxing's binarizer at full size; and zxing-js misreads a few perfectly sharp codes at one
 * scale and not at another. Measured in docs/scanner.md.
 */
export const PASSES = [
  [640, 400],
  [640, 320],
  [640, 480],
  [640, 360],
  [640, 560],
];

/**
 * @zxing/browser, for browsers that run no WebAssembly (iPhone's Lockdown Mode, some managed
 * browsers): slower to download and reads fewer codes than zxing-wasm, but works everywhere. It reads
 * frames of a video the scanner owns, so the screen alone decides when the camera starts and stops.
 */
export function zxingDecoder(passes = PASSES): QrDecoder {
  const reader = new BrowserQRCodeReader(new Map([[DecodeHintType.TRY_HARDER, true]]));
  const canvas = document.createElement('canvas');
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
        try {
          return [reader.decodeFromCanvas(canvas).getText()];
        } catch (error) {
          // NotFound, Checksum and Format exceptions all mean "nothing readable in this frame".
          if (!(error instanceof NotFoundException) && !(error instanceof Error)) throw error;
        }
      }
      return [];
    },
  };
}
