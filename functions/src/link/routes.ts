import { Hono } from 'hono';
import * as z from 'zod/mini';
import { type CitizenEnv, requireCitizen } from '../auth/citizen-session.js';
import { devicePublicKeySchema } from '../devices/device-key.js';
import { epochSeconds } from '../platform/clock.js';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import { guessLimit } from '../platform/guess-limit.js';
import { siteOrigin } from '../platform/same-origin.js';
import { readJson, readParams } from '../platform/validate.js';
import { profileOf } from '../portal/citizens.js';
import { claimLinkCode } from './claim.js';
import { createLinkCode, isExpired, markScanned, readLinkCode, usableLinkCode } from './link-codes.js';
import { maskName } from './mask-name.js';

/** Any string: a malformed code must get the same answer as an unknown one (SECURITY.md row 4). */
const token = z.string().check(z.maxLength(512));

const previewBody = z.object({ token, deviceName: z.optional(z.string().check(z.maxLength(10_000))) });

const claimBody = z.object({
  token,
  deviceName: z.string().check(z.maxLength(10_000)),
  password: z.string().check(z.maxLength(10_000)),
  publicKey: devicePublicKeySchema,
  language: z._default(z.enum(['en', 'fr', 'de']), 'en'),
});

/** Flow 1: the computer makes and watches a link code; the phone previews and claims it. */
export function linkRoutes(deps: Deps) {
  const expiresIn = (expiresAt: number) => Math.max(0, expiresAt - epochSeconds(deps.clock.now()));

  return new Hono<CitizenEnv>()
    .use('/link-codes', requireCitizen(deps))
    .use('/link-codes/*', requireCitizen(deps))
    .use('/link/*', guessLimit(deps))
    .post('/link-codes', async (c) => {
      const session = c.get('session');
      // A computer left signed in must not be able to link a new phone (SECURITY.md row 8).
      const maxAge = deps.config.AUTH_MAX_AGE_MINUTES * 60;
      if (session.authTime + maxAge < epochSeconds(deps.clock.now())) {
        throw new ApiError(
          401,
          'reauth_required',
          'For your security, sign in again before linking a device: your sign-in is too old.',
        );
      }
      const origin = siteOrigin(c, deps.config.ALLOWED_ORIGINS);
      const { token, codeId, code } = await createLinkCode(deps, session.citizenId, origin);
      // A URL, so the phone's own camera app opens the PWA too; the fragment never reaches a server.
      return c.json(
        { codeId, url: `${origin}/app/link#${token}`, expiresIn: expiresIn(code.expiresAt) },
        201,
      );
    })
    .get('/link-codes/:codeId', async (c) => {
      const codeId = readParams(c.req.param('codeId'), z.string().check(z.regex(/^[0-9a-f]{64}$/)));
      const code = await readLinkCode(deps, codeId);
      if (!code || code.citizenId !== c.get('session').citizenId) {
        throw new ApiError(404, 'not_found', 'This QR code could not be found. Generate a new one.');
      }
      const status = code.status !== 'linked' && isExpired(deps, code) ? 'expired' : code.status;
      // The name is the claiming phone's, set by the claim itself (row 45).
      const deviceName = code.status === 'linked' ? code.deviceName : undefined;
      return c.json({ status, deviceName, expiresIn: expiresIn(code.expiresAt) });
    })

    .post('/link/preview', async (c) => {
      const body = await readJson(c, previewBody);
      const code = await usableLinkCode(deps, body.token);
      const profile = await profileOf(deps, code.citizenId);
      await markScanned(deps, body.token);
      return c.json({
        holder: maskName(profile.name),
        site: new URL(code.site).host,
        expiresIn: expiresIn(code.expiresAt),
      });
    })
    .post('/link/claim', async (c) => {
      const body = await readJson(c, claimBody);
      await usableLinkCode(deps, body.token);
      return c.json(await claimLinkCode(c, deps, body), 201);
    });
}
