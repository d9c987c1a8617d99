import { randomUUID } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { Deps } from './deps.js';
import { ApiError } from './errors.js';
import { hashId } from './logger.js';

interface SessionLike {
  citizenId?: string;
  deviceId?: string;
}

/** The ids a request acted for, hashed: from a desktop session, a device session or the device. */
function actors(c: Context) {
  const vars = c.var as Record<string, SessionLike | undefined>;
  const session = vars.session ?? vars.deviceSession;
  return {
    citizen: hashId(session?.citizenId ?? vars.device?.citizenId),
    device: hashId(session?.deviceId ?? vars.device?.deviceId),
  };
}

/** Uploads end at one of two routes; what became of them is an operator's metric. */
const uploadEnds: Record<string, 'phone' | 'computer'> = {
  'POST /api/upload-code/complete': 'phone',
  'POST /api/procedures/:procedureId/uploads/:uploadId/complete': 'computer',
};

/**
 * One log line per request (request id, method, route pattern, status, latency, hashed citizen and
 * device ids) and the metrics that follow from its outcome: a device linked, a document filed or
 * refused (by reason), a 5xx. The route is the pattern (`/api/link-codes/:codeId`), never the path,
 * which carries codes; query strings, headers and bodies are never logged.
 */
export function requestLog(deps: Deps): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const status = c.res.status;
    // The endpoint's own pattern: the last matched API route that is not a middleware (those are
    // 'ALL'). Locally the API is mounted in the site, whose SPA fallback (`GET /*`) matches too.
    const endpoint = matchedRoutes(c)
      .filter((matched) => matched.method !== 'ALL' && matched.path.startsWith('/api/'))
      .at(-1)?.path;
    const route = `${c.req.method} ${endpoint ?? '(no route)'}`;
    const lambda = (c.env as { lambdaContext?: { awsRequestId?: string } } | undefined)?.lambdaContext;
    const fields = {
      requestId: lambda?.awsRequestId ?? randomUUID(),
      route,
      status,
      latencyMs: Math.round((performance.now() - started) * 10) / 10,
      ...actors(c),
    };
    const error = c.error;
    if (status >= 500) {
      // Name, message and stack of the unexpected error: what an operator needs, not the request.
      const { name, message, stack } = (error ?? new Error('no error recorded')) as Error;
      deps.log.error('request failed', { ...fields, error: { name, message, stack } });
      deps.metrics.record('ServerError');
    } else {
      deps.log.info('request', { ...fields, ...(error instanceof ApiError ? { code: error.code } : {}) });
    }
    if (route === 'POST /api/link/claim' && status < 300) deps.metrics.record('DeviceLinked');
    const source = uploadEnds[route];
    // 201 only: a phone told again that its document was filed (200) files nothing more.
    if (source && status === 201) deps.metrics.record('DocumentFiled', 1, { source });
    if (source && status >= 400 && status < 500 && error instanceof ApiError) {
      deps.metrics.record('UploadRefused', 1, { reason: error.code });
    }
    await deps.metrics.written();
  };
}
