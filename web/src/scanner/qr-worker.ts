/// <reference lib="webworker" />
import { expose } from 'comlink';

/**
 * QR decoding off the main thread, where the browser has no BarcodeDetector: zxing-cpp in
 * WebAssembly, or zxing-js where WebAssembly does not run — each a dynamic import, so a phone
 * downloads only the one it uses. The page copies frames (worker-decoder.ts) and this worker
 * decodes them. Called through platform/worker-bridge.ts.
 */
export type WorkerEngine = 'wasm' | 'zxing';

type Read = (image: ImageData) => Promise<string[]> | string[];
const readers = new Map<WorkerEngine, Promise<Read>>();

function load(engine: WorkerEngine): Promise<Read> {
  let reader = readers.get(engine);
  if (!reader) {
    reader =
      engine === 'wasm'
        ? import('./wasm-decoder.js').then(async ({ prepareWasm, wasmRead }) => {
            await prepareWasm();
            return wasmRead;
          })
        : import('./zxing-decoder.js').then(({ zxingRead }) => zxingRead);
    readers.set(engine, reader);
    // A failed download (offline before the service worker cached it) may succeed on the next try.
    reader.catch(() => readers.delete(engine));
  }
  return reader;
}

const qrWorker = {
  /** Loads the engine: zxing-cpp unless asked for zxing-js or WebAssembly fails, then zxing-js. */
  async prepare(wanted: WorkerEngine): Promise<WorkerEngine> {
    if (wanted === 'wasm' && typeof WebAssembly === 'object') {
      try {
        await load('wasm');
        return 'wasm';
      } catch {
        // The module could not be fetched or compiled: fall back to the JavaScript decoder.
      }
    }
    await load('zxing');
    return 'zxing';
  },

  /** The texts of the QR codes in these pixels; none when nothing readable is there. */
  async read(engine: WorkerEngine, image: ImageData): Promise<string[]> {
    return (await load(engine))(image);
  },
};

export type QrWorker = typeof qrWorker;

expose(qrWorker);
