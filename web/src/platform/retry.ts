/**
 * Retrying what the API says is retryable (SECURITY.md row 38). A 503 means "a service Passerelle
 * relies on is not answering; nothing was changed", so the same request can be sent again: after
 * `Retry-After` when the answer gives one, else after an exponential backoff with jitter. Bounded in
 * attempts and in total waiting, so the citizen is never left waiting forever; the last answer is
 * returned as it is (and shown by the caller as an error). While waiting, a window event lets the
 * page say so ("The service is busy, trying again in 5 s…": retry-notice.tsx).
 *
 * It wraps `fetch` and has fetch's signature, so the typed client takes it as its `fetch`
 * (api-client.ts, through `reachable` in api.ts).
 */

export interface RetryPolicy {
  /** Requests in all, the first included. */
  attempts: number;
  /** First backoff without `Retry-After`; doubled each time. */
  baseDelayMs: number;
  /** No single wait is longer (a larger `Retry-After` is shortened to it). */
  maxDelayMs: number;
  /** Waiting in all never exceeds this: past it, the answer is returned. */
  maxTotalMs: number;
}

export const DEFAULT_POLICY: RetryPolicy = {
  attempts: 5,
  baseDelayMs: 1000,
  maxDelayMs: 10_000,
  maxTotalMs: 30_000,
};

/** Dispatched on `window` before each wait (`seconds` > 0) and once it is over (`seconds` 0). */
export const RETRYING_EVENT = 'passerelle:retrying';
export type RetryingDetail = { seconds: number; attempt: number };

/** Only an answer that promises nothing was done: 503 (from the API, or the CDN in front of it). */
export const isRetryable = (response: Response) => response.status === 503;

/** `Retry-After` in milliseconds (seconds or an HTTP date), if the answer has a usable one. */
export function retryAfterMs(response: Response, now = Date.now()): number | undefined {
  const value = response.headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * How long to wait before attempt `attempt + 1` after `response` (attempt counts from 1), or
 * undefined when it must not be retried (not retryable, attempts used up, or over the total budget).
 */
export function retryDelay(
  response: Response,
  attempt: number,
  waitedMs: number,
  policy: RetryPolicy = DEFAULT_POLICY,
  random: () => number = Math.random,
): number | undefined {
  if (!isRetryable(response) || attempt >= policy.attempts) return undefined;
  const backoff = policy.baseDelayMs * 2 ** (attempt - 1) * (0.5 + random() / 2);
  const wanted = retryAfterMs(response) ?? backoff;
  // At least a second between tries (never a tight loop), at most maxDelayMs.
  const delay = Math.min(policy.maxDelayMs, Math.max(1000, wanted));
  return waitedMs + delay > policy.maxTotalMs ? undefined : delay;
}

const abortError = () => new DOMException('The request was aborted.', 'AbortError');

function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', aborted);
      resolve();
    }
    function aborted() {
      clearTimeout(timer);
      reject(abortError());
    }
    signal?.addEventListener('abort', aborted, { once: true });
  });
}

function announce(detail: RetryingDetail) {
  if (typeof window !== 'undefined' && typeof CustomEvent !== 'undefined') {
    window.dispatchEvent(new CustomEvent<RetryingDetail>(RETRYING_EVENT, { detail }));
  }
}

export interface RetryOptions {
  policy?: RetryPolicy;
  /** Told before each wait; the default announces it on `window`. */
  onWait?: (detail: RetryingDetail) => void;
  wait?: (ms: number, signal?: AbortSignal | null) => Promise<void>;
  random?: () => number;
}

/** `fetch`, retrying retryable answers. Bodies must be replayable (strings, FormData, Blobs). */
export function withRetry(fetchImpl: typeof fetch = (...args) => fetch(...args), options: RetryOptions = {}) {
  const { policy = DEFAULT_POLICY, onWait = announce, wait = sleep, random } = options;
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    let waited = 0;
    for (let attempt = 1; ; attempt += 1) {
      const request = input instanceof Request ? input.clone() : input;
      const response = await fetchImpl(request, init);
      const delay = retryDelay(response, attempt, waited, policy, random);
      if (delay === undefined) {
        if (attempt > 1) onWait({ seconds: 0, attempt });
        return response;
      }
      // The answer is not used: free its body before waiting.
      await response.body?.cancel().catch(() => undefined);
      onWait({ seconds: Math.ceil(delay / 1000), attempt });
      try {
        await wait(delay, init?.signal ?? (input instanceof Request ? input.signal : undefined));
      } catch (error) {
        onWait({ seconds: 0, attempt });
        throw error;
      }
      waited += delay;
    }
  };
}

/** The app's fetch for API calls. */
export const retryingFetch = withRetry();
