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
import { approvalView, decideApproval } from './link-approval.js';
import { createLinkCode, isExpired, markScanned, readLinkCode, usableLinkCode } from './link-codes.js';
import { maskName } from './mask-name.js';
import { shortCodeRoutes } from './short-code-routes.js';
import { createShortCode } from './short-code-store.js';

/** Any string: a malformed code must get the same answer as an unknown one (SECURITY.md row 4). */
const token = z.string().check(z.maxLength(512));

const previewBody = z.object({ token, deviceName: z.optional(z.string().check(z.maxLength(10_000))) });

const approvalBody = z.object({ approve: z.boolean(), deviceName: z.string().check(z.maxLength(200)) });
const codeIdParam = z.string().check(z.regex(/^[0-9a-f]{64}$/));

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
      // The same code to type, for a phone that cannot scan (docs/link-your-device.md, "Typed codes").
      const shortCode = await createShortCode(deps, {
        journey: 'link',
        token,
        codeId,
        expiresAt: code.expiresAt,
      });
      // A URL, so the phone's own camera app opens the PWA too; the fragment never reaches a server.
      return c.json(
        { codeId, url: `${origin}/app/link#${token}`, shortCode, expiresIn: expiresIn(code.expiresAt) },
        201,
      );
    })
    .get('/link-codes/:codeId', async (c) => {
      const codeId = readParams(c.req.param('codeId'), codeIdParam);
      const code = await readLinkCode(deps, codeId);
      if (!code || code.citizenId !== c.get('session').citizenId) {
        throw new ApiError(404, 'not_found', 'This QR code could not be found. Generate a new one.');
      }
      const status = code.status !== 'linked' && isExpired(deps, code) ? 'expired' : code.status;
      // The name is the claiming phone's, set by the claim itself (row 45); a typed code's phone
      // waiting for the citizen's approval is shown by approvalView (row 52).
      const deviceName = code.status === 'linked' ? code.deviceName : undefined;
      return c.json({
        status,
        deviceName,
        expiresIn: expiresIn(code.expiresAt),
        ...(status === 'expired' ? {} : approvalView(code)),
      });
    })
    .post('/link-codes/:codeId/approval', async (c) => {
      const codeId = readParams(c.req.param('codeId'), codeIdParam);
      const body = await readJson(c, approvalBody);
      const code = await readLinkCode(deps, codeId);
      if (!code || code.citizenId !== c.get('session').citizenId) {
        throw new ApiError(404, 'not_found', 'This QR code could not be found. Generate a new one.');
      }
      await decideApproval(deps, codeId, body);
      return c.body(null, 204);
    })
    .route('/', shortCodeRoutes(deps))

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
