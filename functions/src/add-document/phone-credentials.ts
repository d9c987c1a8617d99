import type { Context, MiddlewareHandler } from 'hono';
import { CLAIM_HEADER, REQUEST_HEADER } from '../../../shared/headers.js';
import { type DeviceEnv, requireDevice } from '../devices/device-session.js';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import { hashToken, TOKEN_PATTERN } from '../platform/tokens.js';
import { codeErrors, readCode } from './upload-code.js';

export { CLAIM_HEADER, REQUEST_HEADER };

const CODE_ID = /^[0-9a-f]{64}$/;

const notYourRequest = () =>
  new ApiError(
    403,
    'request_for_another_device',
    'This request was sent to another device. Open it on that device, or ask again from your computer.',
  );

export type PhoneEnv = { Variables: { codeId: string; claimHash?: string } };

/**
 * The phone proves it holds a code with `Authorization: Bearer <token>` (never in a URL, so never in
 * a log), and that it is the phone that claimed it with the claim header. Malformed tokens get the
 * same answer as unknown ones, without a database read.
 */
export function phoneCode(deps: Deps): MiddlewareHandler<PhoneEnv> {
  const device = requireDevice(deps);
  return async (c, next) => {
    const token = bearerToken(c);
    const requestId = c.req.header(REQUEST_HEADER);
    if (requestId !== undefined) {
      // A device-bound code is used by its device session alone: an upload code cannot stand in
      // for it, and another device is refused before anything is read or changed (row 49).
      if (token) throw notYourRequest();
      if (!CODE_ID.test(requestId)) throw codeErrors.unknown();
      const deviceContext = c as unknown as Context<DeviceEnv>;
      await device(deviceContext, async () => {});
      const { deviceId, citizenId } = deviceContext.get('device');
      const code = await readCode(deps, requestId);
      if (!code) throw codeErrors.unknown();
      if (code.deviceId !== deviceId || code.citizenId !== citizenId) throw notYourRequest();
      c.set('codeId', requestId);
    } else {
      if (!token || !TOKEN_PATTERN.test(token)) throw codeErrors.unknown();
      c.set('codeId', hashToken(token));
    }
    const claim = c.req.header(CLAIM_HEADER);
    if (claim && TOKEN_PATTERN.test(claim)) c.set('claimHash', hashToken(claim));
    await next();
  };
}

function bearerToken(c: Context) {
  const header = c.req.header('authorization') ?? '';
  return /^Bearer ([^\s]+)$/i.exec(header)?.[1];
}

/**
 * An upload code lets a phone send one document, nothing else (SECURITY.md row 26): a request that
 * presents one to any other part of the API is refused outright, before any session is looked at.
 */
export function refuseUploadCodes(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.header('authorization') || c.req.header(CLAIM_HEADER) || c.req.header(REQUEST_HEADER)) {
      throw new ApiError(
        403,
        'upload_code_not_allowed',
        'An upload code can only be used to send a document. Sign in on the portal to see your procedures.',
      );
    }
    await next();
  };
}
