import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiFailure } from './api.js';

export type AsyncState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: ApiFailure }
  | { status: 'ready'; value: T };

/** Loads something once per `key`, with a `reload` for retries and live updates. */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, key: unknown[]) {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  // The latest `load`, so a new key (or a reload) runs what the caller wrote last, not what it wrote
  // when the key last changed; a new `load` alone (a new closure every render) starts nothing.
  const latestLoad = useRef(load);
  latestLoad.current = load;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's key is the dependency list (spread, which the rule cannot read), and generation is read by no line on purpose: raising it is reload().
  useEffect(() => {
    const controller = new AbortController();
    latestLoad.current(controller.signal).then(
      (value) => setState({ status: 'ready', value }),
      (error: Error) => {
        if (error.name === 'AbortError') return;
        setState({
          status: 'error',
          error:
            error instanceof ApiFailure ? error : new ApiFailure(0, 'internal_error', String(error.message)),
        });
      },
    );
    return () => controller.abort();
  }, [...key, generation]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return [state, reload] as const;
}
