import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * An error a citizen can read. `code` is stable (the web app translates by it);
 * `message` says what happened and what to do, in English.
 */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export function errorBody(code: string, message: string, details?: Record<string, unknown>) {
  return { error: { code, message, ...(details ? { details } : {}) } };
}

/** The app's single error handler: known errors become their JSON answer, the rest a generic 500. */
export function answerError(error: Error, c: Context) {
  if (error instanceof ApiError) {
    return c.json(errorBody(error.code, error.message, error.details), error.status);
  }
  // Logged by the app's request log (app.ts), without request bodies or tokens.
  return c.json(
    errorBody('internal_error', 'Something went wrong on our side. Please try again in a moment.'),
    500,
  );
}

export const notFound = (what = 'This page') =>
  new ApiError(404, 'not_found', `${what} could not be found. Check the address or go back.`);
