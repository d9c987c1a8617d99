import type * as client from 'openid-client';
import type { Deps } from '../platform/deps.js';

/**
 * The OpenID provider's configuration, discovered once per process and on first use, so that
 * health checks and cold starts never wait on the provider.
 */
const discovered = new WeakMap<Deps, Promise<client.Configuration>>();

/** openid-client loads on the first sign-in, not at every cold start. */
export const openid = () => import('openid-client');

export function openIdConfiguration(deps: Deps): Promise<client.Configuration> {
  let pending = discovered.get(deps);
  if (!pending) {
    pending = (async () => {
      const issuer = new URL(deps.config.OIDC_ISSUER);
      const secret = await deps.oidcClientSecret();
      // Plain http is only ever the embedded dev provider on this machine.
      const client = await openid();
      const insecure = issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : {};
      // Every call to the provider gives up well inside the Lambda's 29 s (SECURITY.md row 38); the
      // discovery's timeout becomes the configuration's, for the token and user-info calls too.
      const timeout = Math.ceil(
        (deps.config.AWS_CONNECT_TIMEOUT_MS + deps.config.AWS_REQUEST_TIMEOUT_MS) / 1000,
      );
      return client.discovery(issuer, deps.config.OIDC_CLIENT_ID, secret, undefined, {
        ...insecure,
        timeout,
      });
    })();
    pending.catch(() => discovered.delete(deps));
    discovered.set(deps, pending);
  }
  return pending;
}
