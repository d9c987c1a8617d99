import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
// Self-hosted: zxing-wasm fetches its .wasm from a CDN unless told where it is (PITFALLS.md).
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import type { QrDecoder } from './decoder.js';
import { sizeOf } from './picture-size.js';
import { FIRST_READ_SIDE, readFullFrame } from './read-sizes.js';

/**
 * zxing-cpp compiled to WebAssembly: where the browser has no BarcodeDetector (iPhone, Firefox,
 * desktop Linux), it reads every code our own screens show and the most photos (docs/scanner.md),
 * in about 2 ms a frame. The module is fetched once, then cached by the service worker.
 */
export async function wasmDecoder(): Promise<QrDecoder> {
  await prepareZXingModule({
    overrides: {
      locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path),
    },
    fireImmediately: true,
  });
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  const read = async (picture: CanvasImageSource, width: number, height: number, side: number) => {
    const scale = Math.min(1, side / Math.max(width, height));
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    context.drawImage(picture, 0, 0, canvas.width, canvas.height);
    const results = await readBarcodes(context.getImageData(0, 0, canvas.width, canvas.height), {
      formats: ['QRCode'],
      tryHarder: true,
      maxNumberOfSymbols: 4,
    });
    return results.filter((result) => result.isValid).map((result) => result.text);
  };
  let frame = 0;
  return {
    engine: 'wasm',
    async decode(picture) {
      const [width, height] = sizeOf(picture);
      if (!width || !height) return [];
      frame += 1;
      // 960 px first (read-sizes.ts); when that finds nothing, every other frame in full.
      const texts = await read(picture, width, height, FIRST_READ_SIDE);
      if (texts.length > 0 || !readFullFrame(frame, Math.max(width, height))) return texts;
      return read(picture, width, height, Number.POSITIVE_INFINITY);
    },
  };
}
