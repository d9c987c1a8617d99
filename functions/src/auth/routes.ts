import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import * as z from 'zod/mini';
import { epochSeconds } from '../platform/clock.js';
import { creationLimit } from '../platform/creation-limit.js';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import { isSecureOrigin, siteOrigin } from '../platform/same-origin.js';
import { isUnavailable } from '../platform/unavailable.js';
import { readParams } from '../platform/validate.js';
import { profileOf, saveFirstProfile } from '../portal/citizen-record.js';
import {
  CITIZEN_COOKIE,
  type CitizenEnv,
  citizenLifetime,
  citizenOf,
  requireCitizen,
} from './citizen-session.js';
import { openid as loadOpenId, openIdConfiguration } from './openid.js';
import { clearSessionCookie, createSession, endSession, setSessionCookie } from './sessions.js';
import { putNewSignIn, takeSignIn } from './sign-in-record.js';

const AUTH_COOKIE = 'passerelle_signin';
const SIGN_IN_SECONDS = 600;

/** 'LuxTrust' and 'eID' are two ways to prove who you are at the same provider (`acr_values`). */
const signInQuery = z.object({
  method: z.enum(['luxtrust', 'eid']),
  returnTo: z.optional(
    z.string().check(
      z.maxLength(512),
      // Only paths on this site: never `//evil.example` or a full URL (open redirect).
      z.regex(/^\/(?!\/)[\w\-./?=&%#]*$/),
    ),
  ),
});

const callbackQuery = z.object({
  state: z.string().check(z.minLength(1), z.maxLength(512)),
  code: z.optional(z.string().check(z.minLength(1), z.maxLength(4096))),
  error: z.optional(z.string().check(z.maxLength(256))),
});

const providerUnavailable = () =>
  new ApiError(
    503,
    'identity_provider_unavailable',
    'The sign-in service cannot be reached right now. Try again in a few minutes.',
    undefined,
    { retryable: true },
  );

export function authRoutes(deps: Deps) {
  const cookieOptions = (origin: string) => ({
    httpOnly: true,
    sameSite: 'Lax' as const,
    path: '/api/auth',
    secure: isSecureOrigin(origin),
  });

  return new Hono<CitizenEnv>()
    .use('/sign-in/*', creationLimit(deps))
    .get('/sign-in/:method', async (c) => {
      const { method, returnTo } = readParams(
        { method: c.req.param('method'), returnTo: c.req.query('returnTo') },
        signInQuery,
      );
      const origin = siteOrigin(c, deps.config.ALLOWED_ORIGINS);
      const configuration = await openIdConfiguration(deps).catch(() => {
        throw providerUnavailable();
      });
      const openid = await loadOpenId();
      const state = openid.randomState();
      const nonce = openid.randomNonce();
      const codeVerifier = openid.randomPKCECodeVerifier();
      await putNewSignIn(deps, state, {
        codeVerifier,
        nonce,
        returnTo: returnTo ?? '/',
        expiresAt: epochSeconds(deps.clock.now()) + SIGN_IN_SECONDS,
      });
      // The state also rides in a cookie: a callback in another browser than the one that started is refused.
      setCookie(c, AUTH_COOKIE, state, { ...cookieOptions(origin), maxAge: SIGN_IN_SECONDS });
      const url = openid.buildAuthorizationUrl(configuration, {
        redirect_uri: `${origin}/api/auth/callback`,
        scope: 'openid profile email',
        response_type: 'code',
        code_challenge: await openid.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
        acr_values: method,
        // Always prove identity again: a shared computer must never sign in as the previous person.
        prompt: 'login',
        ui_locales: c.req.header('accept-language')?.split(',')[0] ?? 'en',
      });
      return c.redirect(url.href, 302);
    })

    .get('/callback', async (c) => {
      const origin = siteOrigin(c, deps.config.ALLOWED_ORIGINS);
      const query = callbackQuery.safeParse(c.req.query());
      const cookieState = getCookie(c, AUTH_COOKIE);
      deleteCookie(c, AUTH_COOKIE, cookieOptions(origin));
      if (!query.success || !cookieState || cookieState !== query.data.state) {
        return c.redirect('/?signin=failed', 302);
      }
      if (query.data.error)
        return c.redirect(
          query.data.error === 'access_denied' ? '/?signin=cancelled' : '/?signin=failed',
          302,
        );
      // Consume the transaction first: a replayed callback finds nothing.
      const transaction = await takeSignIn(deps, query.data.state);
      if (!transaction || transaction.expiresAt <= epochSeconds(deps.clock.now()))
        return c.redirect('/?signin=expired', 302);

      const configuration = await openIdConfiguration(deps).catch(() => {
        throw providerUnavailable();
      });
      const openid = await loadOpenId();
      const callbackUrl = new URL(`${origin}/api/auth/callback`);
      for (const [key, value] of new URL(c.req.url).searchParams) callbackUrl.searchParams.set(key, value);
      let tokens: Awaited<ReturnType<typeof openid.authorizationCodeGrant>>;
      try {
        tokens = await openid.authorizationCodeGrant(configuration, callbackUrl, {
          pkceCodeVerifier: transaction.codeVerifier,
          expectedState: query.data.state,
          expectedNonce: transaction.nonce,
          idTokenExpected: true,
        });
      } catch (error) {
        if (isUnavailable(error)) throw providerUnavailable();
        // The error's name and code only: its message may quote the provider's answer.
        deps.log.warn('sign-in refused by provider', {
          error: (error as Error).name,
          code: (error as { code?: string }).code,
        });
        return c.redirect('/?signin=failed', 302);
      }
      const claims = tokens.claims();
      // Asked for above (idTokenExpected): openid-client refuses an answer without an ID token.
      if (!claims) throw new Error('The identity provider answered without an ID token.');
      const info = await openid.fetchUserInfo(configuration, tokens.access_token, claims.sub);
      const name = info.name ?? [info.given_name, info.family_name].filter(Boolean).join(' ');
      await saveFirstProfile(deps, claims.sub, { name: name || claims.sub, email: info.email ?? '' });
      const now = epochSeconds(deps.clock.now());
      const authTime = typeof claims.auth_time === 'number' ? claims.auth_time : now;
      const { token } = await createSession(
        deps,
        { kind: 'citizen', citizenId: claims.sub, authTime },
        citizenLifetime(deps),
      );
      setSessionCookie(c, deps, CITIZEN_COOKIE, token, deps.config.SESSION_MAX_HOURS * 3600);
      return c.redirect(transaction.returnTo, 302);
    })

    .post('/sign-out', requireCitizen(deps), async (c) => {
      await endSession(deps, c.get('sessionToken'));
      clearSessionCookie(c, deps, CITIZEN_COOKIE);
      return c.json({ signedOut: true });
    })

    .get('/me', async (c) => {
      // Signed out is an answer, not an error (a first visit logs nothing in the console): 200 with
      // `signedIn: false` and why. One strongly consistent read, of the session, which carries the
      // profile (issue 14); only a session opened before it did reads the profile too.
      const citizen = await citizenOf(c, deps);
      if ('signedOut' in citizen) return c.json({ signedIn: false as const, reason: citizen.signedOut });
      const { session } = citizen;
      const profile = session.profile
        ? { citizenId: session.citizenId, ...session.profile }
        : await profileOf(deps, session.citizenId).catch((error: unknown) => {
            if (error instanceof ApiError && error.status === 401) return undefined;
            throw error;
          });
      if (!profile) return c.json({ signedIn: false as const, reason: 'signed_out' as const });
      return c.json({
        signedIn: true as const,
        citizen: profile,
        session: {
          expiresAt: session.expiresAt,
          absoluteExpiresAt: session.absoluteExpiresAt,
          authTime: session.authTime,
        },
      });
    });
}
