import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { Deps } from './deps.js';
import { ApiError } from './errors.js';

/** The header CloudFront adds on its way to the API, with a secret only it and the API know. */
export const ORIGIN_HEADER = 'x-origin-verify';
/** Written by CloudFront's viewer-request function (infra/lib/web.ts), replacing what a client sent. */
export const VIEWER_HEADER = 'x-viewer-address';

/** On AWS the API trusts what the edge says, and only when the edge proves it is the one speaking. */
export const behindEdge = (deps: Deps) => Boolean(deps.config.ORIGIN_SECRET || deps.config.ORIGIN_SECRET_ARN);

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * SECURITY.md row 42: the HTTP API's own endpoint answers only requests that came through
 * CloudFront (which adds the secret origin header); anything else could set `X-Viewer-Address` itself.
 */
export function edgeOnly(deps: Deps): MiddlewareHandler {
  return async (c, next) => {
    if (behindEdge(deps)) {
      const expected = digest(await deps.originSecret());
      const given = digest(c.req.header(ORIGIN_HEADER) ?? '');
      if (!timingSafeEqual(expected, given)) {
        throw new ApiError(403, 'forbidden', 'This address only answers through the Passerelle site.');
      }
    }
    await next();
  };
}

/**
 * Who is asking, as far as only the network can tell (never a header the client could set): behind
 * CloudFront, the viewer address the edge wrote (trusted because `edgeOnly` checked the secret);
 * locally, the socket's remote address, so each phone on the LAN is its own caller.
 */
export function clientAddress(c: Context, deps: Deps): string {
  if (behindEdge(deps)) return c.req.header(VIEWER_HEADER) ?? 'unknown';
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
