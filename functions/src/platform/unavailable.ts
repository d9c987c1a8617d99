/**
 * Which failures mean a dependency is unavailable, and how long to wait. This file imports nothing:
 * errors.ts builds the 503 from it, so the two never import each other (no runtime import cycle,
 * checks/import-cycles.test.ts).
 */

/** How long a client should wait before trying again after a 503 (seconds). */
export const RETRY_AFTER_SECONDS = 3;

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_SOCKET',
]);

const UNAVAILABLE_NAMES = new Set([
  'TimeoutError',
  'AbortError',
  'RequestTimeout',
  'RequestTimeoutException',
  'ThrottlingException',
  'Throttling',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'ServiceUnavailable',
  'InternalServerError',
  'SlowDown',
]);

type Failure = {
  name?: string;
  code?: string;
  cause?: unknown;
  $retryable?: unknown;
  $fault?: string;
  $metadata?: { httpStatusCode?: number };
};

/**
 * Whether an error means "a service we depend on is down, slow or overloaded" (SECURITY.md row 38):
 * a refused or cut connection, a timeout (the SDK's own, or fetch's), throttling, or a 5xx of the
 * service. Those are worth retrying, unlike a refusal of the request itself.
 */
export function isUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const failure = error as Failure;
  if (failure.code && NETWORK_CODES.has(failure.code)) return true;
  if (failure.name && UNAVAILABLE_NAMES.has(failure.name)) return true;
  if (failure.$retryable || failure.$fault === 'server') return true;
  if ((failure.$metadata?.httpStatusCode ?? 0) >= 500) return true;
  if (failure instanceof AggregateError)
    return failure.errors.some((inner) => isUnavailable(inner, depth + 1));
  return isUnavailable(failure.cause, depth + 1);
}
