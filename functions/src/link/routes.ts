import { type Context, Hono } from 'hono';
import * as z from 'zod/mini';
import type { CitizenEnv } from '../auth/citizen-session.js';
import { checkedCode, codeError, codeKey, secondsLeft } from '../codes/single-use-code.js';
import { devicePublicKeySchema } from '../devices/device-key.js';
import { epochSeconds } from '../platform/clock.js';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import { siteOrigin } from '../platform/same-origin.js';
import { readAlongside } from '../platform/table.js';
import { jsonBody, pathParams } from '../platform/validate.js';
import { profileOf } from '../portal/citizen-record.js';
import { claimLinkCode } from './claim.js';
import { approvalView, decideApproval } from './link-approval.js';
import {
  createLinkCode,
  type LinkCode,
  markScanned,
  readLinkCode,
  usableLinkCode,
  visibleLinkState,
} from './link-codes.js';
import { maskName } from './mask-name.js';
import { createShortCode } from './short-code-record.js';

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

/** Someone else's code, or none: the same answer (SECURITY.md row 9). */
const notYours = () => codeError('link', 'unknown', 'owner');

/**
 * The code a status poll (`GET /link-codes/:codeId`) reads, told from the request alone: the
 * computer's guard reads it together with the session, one request for the whole poll (issue 14).
 */
export function linkCodeStatusKey(c: Context) {
  const codeId = c.req.method === 'GET' ? /\/link-codes\/([0-9a-f]{64})$/.exec(c.req.path)?.[1] : undefined;
  return codeId ? codeKey('link', codeId) : undefined;
}

/** Flow 1, `/link-codes` on the computer (signed-in citizen, guard at the mount): make and watch a code. */
export function linkCodeRoutes(deps: Deps) {
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
        expiresAt: epochSeconds(code.validUntil),
      });
      // A URL, so the phone's own camera app opens the PWA too; the fragment never reaches a server.
      return c.json(
        {
          codeId,
          url: `${origin}/app/link#${token}`,
          shortCode,
          secondsLeft: secondsLeft(code, deps.clock.now()),
        },
        201,
      );
    })
    .get('/:codeId', pathParams(codeIdParam), async (c) => {
      const { codeId } = c.req.valid('param');
      // All the poll needs is on the code, read with the session by the guard (linkCodeStatusKey):
      // one strongly consistent request in all (docs/architecture.md).
      const read = readAlongside(c.get('alongside'), codeKey('link', codeId));
      const code = read ? checkedCode<LinkCode>('link', read.item) : await readLinkCode(deps, codeId);
      if (!code || code.citizenId !== c.get('session').citizenId) throw notYours();
      const now = deps.clock.now();
      const state = visibleLinkState(code, now);
      // The name is the claiming phone's, set by the claim itself (row 45); a typed code's phone
      // waiting for the citizen's approval is shown by approvalView (row 52).
      const deviceName = code.state === 'linked' ? code.deviceName : undefined;
      return c.json({
        state,
        deviceName,
        secondsLeft: secondsLeft(code, now),
        ...(state === 'expired' ? {} : approvalView(code)),
      });
    })
    .post('/:codeId/approval', pathParams(codeIdParam), jsonBody(approvalBody), async (c) => {
      const { codeId } = c.req.valid('param');
      const body = c.req.valid('json');
      const code = await readLinkCode(deps, codeId);
      if (!code || code.citizenId !== c.get('session').citizenId) throw notYours();
      await decideApproval(deps, codeId, body);
      return c.body(null, 204);
    });
}

/** Flow 1, `/link` on the phone (no session; the guess limit at the mount): preview and claim a code. */
export function linkPhoneRoutes(deps: Deps) {
  return new Hono()
    .post('/preview', jsonBody(previewBody), async (c) => {
      const body = c.req.valid('json');
      const code = await usableLinkCode(deps, body.token);
      const profile = await profileOf(deps, code.citizenId);
      await markScanned(deps, body.token);
      return c.json({
        holder: maskName(profile.name),
        site: new URL(code.site).host,
        secondsLeft: secondsLeft(code, deps.clock.now()),
      });
    })
    .post('/claim', jsonBody(claimBody), async (c) => {
      const body = c.req.valid('json');
      await usableLinkCode(deps, body.token);
      return c.json(await claimLinkCode(c, deps, body), 201);
    });
}
