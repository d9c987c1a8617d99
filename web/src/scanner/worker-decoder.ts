import { transfer } from 'comlink';
import { workerBridge } from '../platform/worker-bridge.js';
import type { QrDecoder } from './decoder.js';
import { frameReader } from './frame-reader.js';
import type { QrWorker, WorkerEngine } from './qr-worker.js';
import { wasmSides } from './read-sizes.js';
import { PASSES, zxingSides } from './zxing-passes.js';

/**
 * The QR worker (qr-worker.ts) behind the bridge (platform/worker-bridge.ts): the page copies each
 * frame at the sizes to try, the worker decodes, so a slow decode (zxing-js takes tens of ms, a full
 * 1920 px frame more) never holds the main thread. Closed after 10 s without a frame; a stopped scan
 * abandons the frame in flight.
 */
export async function workerDecoder(wanted: WorkerEngine): Promise<QrDecoder> {
  const bridge = workerBridge<QrWorker>(
    () => new Worker(new URL('./qr-worker.ts', import.meta.url), { type: 'module' }),
    { idleMs: 10_000 },
  );
  const engine = await bridge.call((worker) => worker.prepare(wanted));
  const read = frameReader(engine === 'wasm' ? wasmSides : zxingSides(PASSES), (image, signal) =>
    bridge.call((worker) => worker.read(engine, transfer(image, [image.data.buffer])), signal),
  );
  return { engine, decode: read };
}
