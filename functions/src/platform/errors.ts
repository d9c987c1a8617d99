import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorCode } from '../../../shared/error-codes.js';
import { isUnavailable, RETRY_AFTER_SECONDS } from './unavailable.js';

/**
 * An error the API answers. `code` is stable and listed in shared/error-codes.ts (the web app words
 * it in EN/FR/DE); `message` is a short English fallback for logs and other clients.
 */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    /** Retryable answers (503) say so, and carry `Retry-After` (SECURITY.md row 38). */
    readonly options: { retryable?: boolean } = {},
  ) {
    super(message);
  }
}

export function errorBody(
  code: ApiErrorCode,
  message: string,
  details?: Record<string, unknown>,
  retryable?: boolean,
) {
  return { error: { code, message, ...(details ? { details } : {}), ...(retryable ? { retryable } : {}) } };
}

/** The app's single error handler: known errors become their JSON answer, the rest a generic 500. */
export function answerError(error: Error, c: Context) {
  if (!(error instanceof ApiError) && isUnavailable(error)) {
    console.warn(JSON.stringify({ level: 'warn', msg: 'dependency unavailable', error: String(error) }));
    return answerError(unavailable(), c);
  }
  if (error instanceof ApiError) {
    if (error.options.retryable) c.header('Retry-After', String(RETRY_AFTER_SECONDS));
    return c.json(errorBody(error.code, error.message, error.details, error.options.retryable), error.status);
  }
  // Logged by the app's request log (app.ts), without request bodies or tokens.
  return c.json(
    errorBody('internal_error', 'Something went wrong on our side. Please try again in a moment.'),
    500,
  );
}

/**
 * The one answer for every unavailable dependency (platform/unavailable.ts says which): nothing was
 * done, try again shortly.
 */
export const unavailable = (
  message = 'A service Passerelle relies on is not answering. Nothing was changed: try again in a moment.',
) => new ApiError(503, 'service_unavailable', message, undefined, { retryable: true });

export const notFound = (what = 'This page') =>
  new ApiError(404, 'not_found', `${what} could not be found. Check the address or go back.`);
