import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { CitizenEnv } from '../auth/citizen-session.js';
import { devicePublicKeySchema } from '../devices/device-key.js';
import { epochSeconds } from '../platform/clock.js';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import { siteOrigin } from '../platform/same-origin.js';
import { jsonBody, pathParams } from '../platform/validate.js';
import { profileOf } from '../portal/citizens.js';
import { claimLinkCode } from './claim.js';
import { approvalView, decideApproval } from './link-approval.js';
import {
  createLinkCode,
  isExpired,
  type LinkCode,
  markScanned,
  readLinkCode,
  usableLinkCode,
} from './link-codes.js';
import { maskName } from './mask-name.js';
import { createShortCode } from './short-code-store.js';

/** Any string: a malformed code must get the same answer as an unknown one (SECURITY.md row 4). */
const token = z.string().check(z.maxLength(512));

const previewBody = z.object({ token, deviceName: z.optional(z.string().check(z.maxLength(10_000))) });

const approvalBody = z.object({ approve: z.boolean(), deviceName: z.string().check(z.maxLength(200)) });
const codeIdParam = z.object({ codeId: z.string().check(z.regex(/^[0-9a-f]{64}$/)) });

const claimBody = z.object({
  token,
  deviceName: z.string().check(z.maxLength(10_000)),
  password: z.string().check(z.maxLength(10_000)),
  publicKey: devicePublicKeySchema,
  language: z._default(z.enum(['en', 'fr', 'de']), 'en'),
});

const secondsLeft = (deps: Deps, expiresAt: number) =>
  Math.max(0, expiresAt - epochSeconds(deps.clock.now()));

/** Flow 1, `/link-codes` on the computer (signed-in citizen, guard at the mount): make and watch a code. */
export function linkCodeRoutes(deps: Deps) {
  const expiresIn = (expiresAt: number) => secondsLeft(deps, expiresAt);

  return new Hono<CitizenEnv>()
    .post('/', async (c) => {
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
    .get('/:codeId', pathParams(codeIdParam), async (c) => {
      const { codeId } = c.req.valid('param');
      const code = await readLinkCode(deps, codeId);
      if (!code || code.citizenId !== c.get('session').citizenId) {
        throw new ApiError(404, 'not_found', 'This QR code could not be found. Generate a new one.');
      }
      // Annotated so the answer's type (and the web's, through hc) keeps the four states, not `string`.
      const status: LinkCode['status'] | 'expired' =
        code.status !== 'linked' && isExpired(deps, code) ? 'expired' : code.status;
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
    .post('/:codeId/approval', pathParams(codeIdParam), jsonBody(approvalBody), async (c) => {
      const { codeId } = c.req.valid('param');
      const body = c.req.valid('json');
      const code = await readLinkCode(deps, codeId);
      if (!code || code.citizenId !== c.get('session').citizenId) {
        throw new ApiError(404, 'not_found', 'This QR code could not be found. Generate a new one.');
      }
      await decideApproval(deps, codeId, body);
      return c.body(null, 204);
    });
}

/** Flow 1, `/link` on the phone (no session; the guess limit at the mount): preview and claim a code. */
export function linkPhoneRoutes(deps: Deps) {
  const expiresIn = (expiresAt: number) => secondsLeft(deps, expiresAt);

  return new Hono()
    .post('/preview', jsonBody(previewBody), async (c) => {
      const body = c.req.valid('json');
      const code = await usableLinkCode(deps, body.token);
      const profile = await profileOf(deps, code.citizenId);
      await markScanned(deps, body.token);
      return c.json({
        holder: maskName(profile.name),
        site: new URL(code.site).host,
        expiresIn: expiresIn(code.expiresAt),
      });
    })
    .post('/claim', jsonBody(claimBody), async (c) => {
      const body = c.req.valid('json');
      await usableLinkCode(deps, body.token);
      return c.json(await claimLinkCode(c, deps, body), 201);
    });
}
