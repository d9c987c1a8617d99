import { jsonOrUndefined } from '../../../shared/json.js';
import { messageFor } from './errors.js';
import type { Language } from './i18n.js';
import { retryingFetch } from './retry.js';

/** An API error as the UI shows it: a stable code and a human message in the citizen's language. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly serverMessage: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(serverMessage);
  }
  /** What to show: the translated message for the code, else the server's English one. */
  describe(language: Language) {
    return messageFor(this.code, language) ?? this.serverMessage;
  }
}

/** Fired on any 401, so the portal can show the sign-in page with the reason at once. */
export const SIGNED_OUT_EVENT = 'passerelle:signed-out';

/** `fetch`, with a network failure (offline, DNS, reset) turned into an `ApiFailure` the UI can word. */
export async function reachable(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  try {
    // A 503 (a service behind the API is down; nothing was done) is sent again, bounded (retry.ts).
    return await retryingFetch(input, init);
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiFailure(
      0,
      'network_unreachable',
      'We cannot reach Passerelle. Check your internet connection and try again.',
    );
  }
}

/** An answer's JSON if it is OK; otherwise an `ApiFailure` with the API's code (a 401 signals sign-out). */
export async function readAnswer<T>(response: Response): Promise<T> {
  const text = await response.text();
  const json = jsonOrUndefined(text);
  if (!response.ok) {
    if (response.status === 401) window.dispatchEvent(new CustomEvent(SIGNED_OUT_EVENT));
    const error = (json as { error?: { code: string; message: string; details?: Record<string, unknown> } })
      ?.error;
    throw new ApiFailure(
      response.status,
      error?.code ?? 'unexpected_answer',
      error?.message ?? 'Passerelle answered in an unexpected way. Try again in a moment.',
      error?.details,
    );
  }
  return json as T;
}
