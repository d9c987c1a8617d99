import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery defence (SECURITY.md row 9): a state-changing request must come from one
 * of our own pages. Browsers send `Sec-Fetch-Site` and `Origin` on every POST; a form or fetch from
 * another site cannot forge them. JSON only, so no HTML form can post to us at all.
 */
export function sameOriginOnly(allowedOrigins: string[]): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const fetchSite = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const crossSite =
      (fetchSite && fetchSite !== 'same-origin') || !origin || !allowedOrigins.includes(origin);
    if (crossSite) {
      throw new ApiError(
        403,
        'cross_site_request',
        'This request did not come from the Passerelle site. Open the site and try again.',
      );
    }
    const type = c.req.header('content-type');
    const hasBody = c.req.header('content-length') !== '0' && c.req.header('content-length') !== undefined;
    if ((hasBody || type) && !type?.toLowerCase().startsWith('application/json')) {
      throw new ApiError(415, 'json_only', 'The request must be sent as JSON.');
    }
    return next();
  };
}

/**
 * The origin the citizen's browser opened the site on: QR codes and OpenID redirects carry it.
 * Never taken from an unchecked header.
 */
export function siteOrigin(c: Context, allowedOrigins: string[]): string {
  const origin = c.req.header('origin');
  if (origin && allowedOrigins.includes(origin)) return origin;
  const forwardedHost = c.req.header('x-forwarded-host');
  const forwardedProto = c.req.header('x-forwarded-proto') ?? 'https';
  if (forwardedHost) {
    const candidate = `${forwardedProto}://${forwardedHost}`;
    if (allowedOrigins.includes(candidate)) return candidate;
  }
  const own = new URL(c.req.url).origin;
  if (allowedOrigins.includes(own)) return own;
  const [first] = allowedOrigins;
  if (first === undefined) throw new Error('ALLOWED_ORIGINS is empty: there is no origin to give QR codes.');
  return first;
}

export const isSecureOrigin = (origin: string) => origin.startsWith('https://');
