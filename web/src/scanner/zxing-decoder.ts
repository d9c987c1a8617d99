import { BrowserQRCodeReader } from '@zxing/browser';
import { DecodeHintType, NotFoundException } from '@zxing/library';
import type { QrDecoder } from './decoder.js';
import { sizeOf } from './picture-size.js';
import { PASSES } from './zxing-passes.js';

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
