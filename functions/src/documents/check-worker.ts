import { parentPort } from 'node:worker_threads';
import { checkDocument } from './check-document.js';

/**
 * The document check in its own thread (check-in-worker.ts starts it): it says it is ready once its
 * code is loaded, so the time limit counts the check alone, then checks the one file it is sent.
 */
export interface CheckRequest {
  bytes: ArrayBuffer;
  limits: { maxBytes: number; maxPages: number };
  allowed: ('pdf' | 'image')[];
}

if (parentPort) {
  const port = parentPort;
  port.once('message', (request: CheckRequest) => {
    port.postMessage(checkDocument(new Uint8Array(request.bytes), request.limits, request.allowed));
  });
  port.postMessage('ready');
}
