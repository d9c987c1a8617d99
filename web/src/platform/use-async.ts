import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiFailure } from './api.js';

export type AsyncState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: ApiFailure }
  | { status: 'ready'; value: T };

/** Loads something once per `key`, with a `reload` for retries and live updates. */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, key: unknown[]) {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
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
