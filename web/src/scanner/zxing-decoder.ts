import {
  BinaryBitmap,
  DecodeHintType,
  HybridBinarizer,
  NotFoundException,
  QRCodeReader,
  RGBLuminanceSource,
} from '@zxing/library';

/**
 * @zxing/library (zxing-js), for browsers that run no WebAssembly (iPhone's Lockdown Mode, some
 * managed browsers): slower to download and reads fewer codes than zxing-wasm, but works everywhere.
 * `zxingRead` runs in the QR worker (qr-worker.ts); it decodes as @zxing/browser's
 * `BrowserQRCodeReader.decodeFromCanvas` does (same grey conversion, binarizer and hints), on pixels.
 */
const reader = new QRCodeReader();
const hints = new Map([[DecodeHintType.TRY_HARDER, true]]);

export function zxingRead({ data, width, height }: ImageData): string[] {
  const grey = new Uint8ClampedArray(width * height);
  for (let i = 0, j = 0; i < data.length; i += 4, j += 1) {
    // As @zxing/browser: transparent pixels are white; .299R + .587G + .114B, rounded.
    grey[j] =
      data[i + 3] === 0 ? 0xff : (306 * data[i]! + 601 * data[i + 1]! + 117 * data[i + 2]! + 0x200) >> 10;
  }
  try {
    const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(grey, width, height)));
    return [reader.decode(bitmap, hints).getText()];
  } catch (error) {
    // NotFound, Checksum and Format exceptions all mean "nothing readable in this frame".
    if (!(error instanceof NotFoundException) && !(error instanceof Error)) throw error;
    return [];
  }
}
