import type { Context } from 'hono';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { clientAddress } from '../platform/client-address.js';
import { epochSeconds } from '../platform/clock.js';
import { giveOneBack, takeOne } from '../platform/counter-record.js';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import { jsonBody } from '../platform/validate.js';
import { markTyped } from './link-approval.js';
import { normalizeShortCode } from './short-code.js';
import { redeemShortCode, shortCodeErrors } from './short-code-record.js';

/** Typed codes one client may try in a window (SECURITY.md row 51): an honest citizen needs one or two. */
export const TRIES_PER_CLIENT = 10;
const WINDOW_SECONDS = 15 * 60;

const redeemBody = z.object({
  code: z.string().check(z.maxLength(64)),
  journey: z.enum(['link', 'add']),
});

const tooMany = () =>
  new ApiError(
    429,
    'short_code_too_many',
    'Too many codes typed from this connection. Wait 15 minutes or scan the QR code.',
  );

/**
 * Reserves one try for this client before anything is looked up: one atomic conditional increment,
 * so a burst of parallel guesses cannot slip past the limit. A right code gives its try back.
 */
async function reserveTry(deps: Deps, c: Context) {
  const now = epochSeconds(deps.clock.now());
  const counter = {
    kind: 'shortCode' as const,
    caller: clientAddress(c, deps),
    window: Math.floor(now / WINDOW_SECONDS),
  };
  if (!(await takeOne(deps, counter, TRIES_PER_CLIENT, now + 2 * WINDOW_SECONDS))) throw tooMany();
  return () => giveOneBack(deps, counter).catch(() => undefined);
}

/** `POST /api/short-codes/redeem` (mounted at `/short-codes`): the phone's 'Type the code instead'. */
export function shortCodeRoutes(deps: Deps) {
  return new Hono().post('/redeem', jsonBody(redeemBody), async (c) => {
    const body = c.req.valid('json');
    const code = normalizeShortCode(body.code);
    if (!code) throw shortCodeErrors.malformed();
    const giveBack = await reserveTry(deps, c);
    const redeemed = await redeemShortCode(deps, code, body.journey);
    if (redeemed.miss) throw shortCodeErrors.wrong();
    await giveBack();
    // A link by typed code completes only once the citizen approves this phone on the computer.
    if (body.journey === 'link') await markTyped(deps, redeemed.codeId);
    return c.json({ token: redeemed.token });
  });
}
