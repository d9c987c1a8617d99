import { type Endpoint, type Remote, wrap } from 'comlink';

/**
 * Every Web Worker of the app behind one typed bridge (Comlink): the worker `expose`s an object, the
 * page calls its methods as typed async functions. On top of Comlink, what workers need here:
 *
 * - **abortable**: a call given an AbortSignal rejects with the signal's reason (an AbortError) as
 *   soon as it is aborted; the worker, which may be stuck in a long computation, is terminated and
 *   a new one serves the next call (a worker cannot be interrupted otherwise);
 * - **closed when idle**: `idleMs` after its last call ends, the worker is terminated (it may hold a
 *   photo's pixels or a WebAssembly module), and started again by the next call;
 * - a worker that fails to load or throws outside a call (an `error` event) rejects its calls
 *   instead of leaving them waiting forever.
 */
export interface Bridge<T> {
  call<R>(use: (remote: Remote<T>) => Promise<R>, signal?: AbortSignal): Promise<R>;
  /** Ends the worker now; calls still waiting reject with an AbortError. */
  close(): void;
}

/** A `Worker`, or in tests one end of a `MessageChannel`. */
export interface WorkerEndpoint extends Endpoint {
  terminate(): void;
}

interface Running<T> {
  worker: WorkerEndpoint;
  remote: Remote<T>;
  /** The rejections of the calls in flight, to end them all with the worker. */
  calls: Set<(reason: unknown) => void>;
}

const abortError = () => new DOMException('The call was aborted.', 'AbortError');

export function workerBridge<T>(start: () => WorkerEndpoint, { idleMs = 10_000 } = {}): Bridge<T> {
  let running: Running<T> | undefined;
  let idle: ReturnType<typeof setTimeout> | undefined;

  const end = (instance: Running<T>, reason: unknown) => {
    if (running === instance) running = undefined;
    instance.worker.terminate();
    for (const reject of [...instance.calls]) reject(reason);
  };

  const launch = (): Running<T> => {
    const worker = start();
    const instance: Running<T> = { worker, remote: wrap<T>(worker), calls: new Set() };
    worker.addEventListener('error', (event) =>
      end(instance, new Error((event as ErrorEvent).message || 'The worker failed.')),
    );
    return instance;
  };

  return {
    call(use, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason ?? abortError());
      clearTimeout(idle);
      running ??= launch();
      const instance = running;
      return new Promise((resolve, reject) => {
        const settle = (finish: () => void) => {
          instance.calls.delete(fail);
          signal?.removeEventListener('abort', onAbort);
          // The last call of the worker that still serves: close it once idle.
          if (running === instance && instance.calls.size === 0) {
            clearTimeout(idle);
            idle = setTimeout(() => end(instance, abortError()), idleMs);
          }
          finish();
        };
        const fail = (reason: unknown) => settle(() => reject(reason));
        // Whatever the worker is doing for this call is no longer wanted: stop it (and end the call).
        const onAbort = () => end(instance, signal?.reason ?? abortError());
        instance.calls.add(fail);
        signal?.addEventListener('abort', onAbort, { once: true });
        use(instance.remote).then(
          (value) => {
            if (instance.calls.has(fail)) settle(() => resolve(value));
          },
          (error: unknown) => {
            if (instance.calls.has(fail)) fail(error);
          },
        );
      });
    },
    close() {
      clearTimeout(idle);
      if (running) end(running, abortError());
    },
  };
}
