import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiFailure } from './api.js';

/** Polling every 700 ms puts the phone's action on the computer within a second (DESIGN.md budget). */
export const POLL_MS = 700;

/** A dropped connection or a server hiccup must not end the page: asked again a little later. */
const transient = (error: unknown) =>
  error instanceof ApiFailure && (error.status === 0 || error.status >= 500);

/**
 * The computer following one single-use code (a link code, an upload code) on the server: one GET
 * every 700 ms while the page is visible, at once when it becomes visible again, until the code's
 * state is one of `final`. Any failure other than a transient one ends the following and is
 * returned. `key` (the code's id) starts it over for another code; `read` is called with a signal
 * that is aborted when the code changes or the page goes.
 */
export function useCodeStatus<Status extends { state: string }>(
  key: string | undefined,
  read: (signal: AbortSignal) => Promise<Status>,
  final: readonly string[],
) {
  // Kept with the code they are about, so a new code never shows the last one's state, even once.
  const [keyed, setKeyed] = useState<{ key: string; status: Status }>();
  const [failed, setError] = useState<{ key: string; error: ApiFailure }>();
  // The latest callers' values, without starting the polling over on every render.
  const latest = useRef({ read, final });
  latest.current = { read, final };

  useEffect(() => {
    if (!key) return;
    const followed = key;
    const controller = new AbortController();
    const { signal } = controller;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = (ms: number) => {
      if (!signal.aborted) timer = setTimeout(poll, ms);
    };
    async function poll() {
      timer = undefined;
      if (document.visibilityState !== 'visible') return later(POLL_MS);
      try {
        const next = await latest.current.read(signal);
        if (signal.aborted) return;
        setKeyed({ key: followed, status: next });
        if (!latest.current.final.includes(next.state)) later(POLL_MS);
      } catch (failure) {
        if (signal.aborted || (failure as Error).name === 'AbortError') return;
        if (transient(failure)) return later(POLL_MS * 3);
        setError({
          key: followed,
          error:
            failure instanceof ApiFailure
              ? failure
              : new ApiFailure(0, 'internal_error', (failure as Error).message),
        });
      }
    }
    const onVisible = () => {
      if (document.visibilityState === 'visible' && timer) {
        clearTimeout(timer);
        poll();
      }
    };
    poll();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      controller.abort();
      if (timer) clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [key]);

  /** A change this page made itself (a cancel, an approval), shown until the next answer. */
  const setStatus = (next: Status) => {
    if (key) setKeyed({ key, status: next });
  };
  return {
    status: keyed && keyed.key === key ? keyed.status : undefined,
    setStatus,
    error: failed && failed.key === key ? failed.error : undefined,
  };
}
