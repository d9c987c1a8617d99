import type { QrDecoder } from './decoder.js';
import { frameReader } from './frame-reader.js';
import { zxingRead } from './zxing-decoder.js';
import { PASSES, zxingSides } from './zxing-passes.js';

/** zxing-js in the page itself (the bench compares decoders on the same pictures, functions/local/bench/qr.ts). */
export function zxingDecoder(passes = PASSES): QrDecoder {
  const read = frameReader(zxingSides(passes), async (image) => zxingRead(image));
  return { engine: 'zxing', decode: (picture) => read(picture) };
}
