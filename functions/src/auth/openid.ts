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
      const options = issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined;
      return client.discovery(issuer, deps.config.OIDC_CLIENT_ID, secret, undefined, options);
    })();
    pending.catch(() => discovered.delete(deps));
    discovered.set(deps, pending);
  }
  return pending;
}
