import { Worker } from 'node:worker_threads';
import type { DocumentCheck } from './check-document.js';
import { refuse } from './check-refusal.js';
import type { CheckRequest } from './check-worker.js';

/** The hard limit on one check, whatever the file (SECURITY.md row 37). */
export const CHECK_TIME_LIMIT_MS = 5_000;
/** Loading the checker's code is not the file's doing: a separate, generous limit. */
const START_LIMIT_MS = 30_000;
// V8 heap of the checking thread. Buffers outside the heap (the file, inflated streams) are bounded
// by the decode budget (check-pdf-streams.ts): 64 MB a stream.
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 };

// From the sources (tests, `npm start`) the worker is the TypeScript file, run through tsx; the
// Lambda's bundle has it as its own entry point and says where (lambda.ts).
let workerFile = new URL('./check-worker.ts', import.meta.url);
export function useCheckWorker(file: URL) {
  workerFile = file;
}

const timedOut = () =>
  refuse(
    'check_timeout',
    'This file takes too long to check, so it cannot be accepted. Print it to a new PDF, or save it again, and try once more.',
  );
const tooComplex = () =>
  refuse(
    'pdf_too_complex',
    'This PDF expands to far more data than a document needs, so it cannot be checked. Print it to a new PDF and try again.',
  );
const failed = () =>
  refuse(
    'check_failed',
    'This file could not be checked, so it cannot be accepted. Save or export it again and try once more.',
  );

/**
 * Checks a file in a worker thread with hard limits on time and memory: the request thread (and,
 * locally, every embedded service in the same process) keeps answering meanwhile, and a file that
 * runs past a limit is refused with a clear message, never waited for and never accepted.
 */
export async function checkInWorker(
  bytes: Uint8Array,
  limits: CheckRequest['limits'],
  allowed: CheckRequest['allowed'],
  timeLimitMs = CHECK_TIME_LIMIT_MS,
): Promise<DocumentCheck> {
  // A copy of its own, handed over to the worker (a Buffer's .slice() would share, even a pool).
  const copy = new Uint8Array(bytes).buffer;
  const worker = await (spare ?? startWorker());
  // Every worker checks one file and ends: the next one starts now, while this one checks.
  spare = startWorker();
  spare.catch(() => {
    spare = undefined;
  });
  if (!worker) return failed();
  worker.ref();
  return new Promise<DocumentCheck>((resolve) => {
    let settled = false;
    const settle = (result: DocumentCheck) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => settle(timedOut()), timeLimitMs);
    worker.on('message', (message: DocumentCheck) => settle(message));
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') return settle(tooComplex());
      console.error(JSON.stringify({ level: 'error', msg: 'document check failed', error: String(error) }));
      settle(failed());
    });
    worker.on('exit', () => settle(failed()));
    worker.postMessage({ bytes: copy, limits, allowed } satisfies CheckRequest, [copy]);
  });
}

let spare: Promise<Worker | undefined> | undefined;

/** A worker whose code is loaded (it said 'ready'), idle and not keeping the process alive. */
function startWorker(): Promise<Worker | undefined> {
  const fromSources = workerFile.pathname.endsWith('.ts');
  const worker = fromSources
    ? new Worker(
        `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(workerFile.href)}); })`,
        { eval: true, resourceLimits: RESOURCE_LIMITS, env: {} },
      )
    : new Worker(workerFile, { resourceLimits: RESOURCE_LIMITS, env: {} });
  worker.unref();
  return new Promise((resolve) => {
    const timer = setTimeout(() => done(undefined), START_LIMIT_MS);
    const done = (ready: Worker | undefined) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onFailure);
      worker.off('exit', onFailure);
      if (!ready) void worker.terminate();
      resolve(ready);
    };
    const onMessage = (message: unknown) => done(message === 'ready' ? worker : undefined);
    const onFailure = (error?: unknown) => {
      console.error(
        JSON.stringify({ level: 'error', msg: 'document checker did not start', error: String(error) }),
      );
      done(undefined);
    };
    worker.on('message', onMessage);
    worker.once('error', onFailure);
    worker.once('exit', onFailure);
  });
}
