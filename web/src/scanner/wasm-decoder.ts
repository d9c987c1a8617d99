import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
// Self-hosted: zxing-wasm fetches its .wasm from a CDN unless told where it is (PITFALLS.md).
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

/**
 * zxing-cpp compiled to WebAssembly: where the browser has no BarcodeDetector (iPhone, Firefox,
 * desktop Linux), it reads every code our own screens show and the most photos (docs/scanner.md),
 * in about 2 ms a frame. Runs in the QR worker (qr-worker.ts); the module is fetched once, then
 * cached by the service worker.
 */
export async function prepareWasm(): Promise<void> {
  await prepareZXingModule({
    overrides: {
      locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path),
    },
    fireImmediately: true,
  });
}

export async function wasmRead(image: ImageData): Promise<string[]> {
  const results = await readBarcodes(image, { formats: ['QRCode'], tryHarder: true, maxNumberOfSymbols: 4 });
  return results.filter((result) => result.isValid).map((result) => result.text);
}
