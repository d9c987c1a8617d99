// Deep imports on purpose: the package's index pulls in every format and writer (~137 KB gzip, it
// declares no `sideEffects` so bundlers cannot drop them); the QR reader alone is ~25 KB gzip.
import BinaryBitmap from '@zxing/library/esm/core/BinaryBitmap';
import HybridBinarizer from '@zxing/library/esm/core/common/HybridBinarizer';
import DecodeHintType from '@zxing/library/esm/core/DecodeHintType';
import Exception from '@zxing/library/esm/core/Exception';
import QRCodeReader from '@zxing/library/esm/core/qrcode/QRCodeReader';
import RGBLuminanceSource from '@zxing/library/esm/core/RGBLuminanceSource';

/** QR only, with TRY_HARDER: the extra search is what reads codes seen at an angle or through glare. */
const hints = new Map<DecodeHintType, unknown>([[DecodeHintType.TRY_HARDER, true]]);

/** The text of the QR code in a grey picture (one byte a pixel), or null when none is readable. */
export function readQr(grey: Uint8ClampedArray, width: number, height: number): string | null {
  const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(grey, width, height)));
  try {
    return new QRCodeReader().decode(bitmap, hints).getText();
  } catch (error) {
    // NotFound, Checksum and Format exceptions all mean "nothing readable in this picture".
    if (error instanceof Exception) return null;
    throw error;
  }
}

/** RGBA pixels (a canvas's ImageData) to grey, with the weights of @zxing/browser's luminance source. */
export function toGrey(rgba: Uint8ClampedArray): Uint8ClampedArray {
  const grey = new Uint8ClampedArray(rgba.length / 4);
  for (let i = 0, j = 0; j < grey.length; i += 4, j += 1) {
    grey[j] = (rgba[i]! * 306 + rgba[i + 1]! * 601 + rgba[i + 2]! * 117 + 0x200) >> 10;
  }
  return grey;
}
