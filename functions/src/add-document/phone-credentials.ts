import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from '../platform/errors.js';
import { hashToken, TOKEN_PATTERN } from '../platform/tokens.js';
import { codeErrors } from './upload-code.js';

/** The header that carries the secret a phone received when it claimed a code. */
export const CLAIM_HEADER = 'passerelle-upload-claim';

export type PhoneEnv = { Variables: { codeId: string; claimHash?: string } };

/**
 * The phone proves it holds a code with `Authorization: Bearer <token>` (never in a URL, so never in
 * a log), and that it is the phone that claimed it with the claim header. Malformed tokens get the
 * same answer as unknown ones, without a database read.
 */
export function phoneCode(): MiddlewareHandler<PhoneEnv> {
  return async (c, next) => {
    const token = bearerToken(c);
    if (!token || !TOKEN_PATTERN.test(token)) throw codeErrors.unknown();
    c.set('codeId', hashToken(token));
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
    if (c.req.header('authorization') || c.req.header(CLAIM_HEADER)) {
      throw new ApiError(
        403,
        'upload_code_not_allowed',
        'An upload code can only be used to send a document. Sign in on the portal to see your procedures.',
      );
    }
    await next();
  };
}
