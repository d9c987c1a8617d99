// Self-hosted, as for zxing (PITFALLS.md): the encoder's .wasm is a Vite asset of our own origin.
import wasmUrl from '@jsquash/jpeg/codec/enc/mozjpeg_enc.wasm?url';
import encode, { init } from '@jsquash/jpeg/encode';

/**
 * 'Grey' pages as one-channel JPEG (DeviceGray in the PDF): a canvas can only write three-channel
 * JPEG, whose chroma planes cost ~9 % for nothing on a grey page. MozJPEG (WebAssembly, loaded in
 * the page worker only when a grey page is built) writes a true greyscale baseline JPEG, which jsPDF
 * embeds as it is.
 */
let ready: Promise<void> | undefined;

/** `wasm`: a compiled module (Node, tests); in the browser the asset's URL is used. */
export function prepareGreyJpeg(wasm?: WebAssembly.Module): Promise<void> {
  ready ??= wasm ? init(wasm) : init({ locateFile: () => wasmUrl });
  return ready;
}

/** Encodes a luma plane (0–255) as a greyscale JPEG of `quality` (0–100, MozJPEG's scale). */
export async function encodeGreyJpeg(
  luma: ArrayLike<number>,
  width: number,
  height: number,
  quality = 60,
): Promise<Uint8Array> {
  await prepareGreyJpeg();
  // MozJPEG reads RGBA and converts to its colour space itself (GRAYSCALE = 1).
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0, o = 0; i < width * height; i += 1, o += 4) {
    const v = luma[i]!;
    rgba[o] = v;
    rgba[o + 1] = v;
    rgba[o + 2] = v;
    rgba[o + 3] = 255;
  }
  const bytes = await encode({ data: rgba, width, height, colorSpace: 'srgb' } as ImageData, {
    quality,
    color_space: 1,
    baseline: true,
    progressive: false,
    optimize_coding: true,
  });
  return new Uint8Array(bytes);
}
