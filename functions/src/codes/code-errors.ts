import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorCode } from '../../../shared/error-codes.js';
import { ApiError } from '../platform/errors.js';

export type CodeKind = 'link' | 'upload';

/**
 * Whose refusal: a link or upload code, or a typed short code (link/short-code-record.ts: the typed
 * twin of a link or upload QR, whose own refusals say what was typed wrong).
 */
export type RefusalKind = CodeKind | 'short';

/** Why a code cannot be used, the same words for every kind: `<kind>_code_<reason>` on the wire. */
export type CodeReason =
  | 'unknown'
  | 'expired'
  | 'used'
  | 'cancelled'
  | 'filing'
  | 'claimed'
  | 'malformed'
  | 'wrong'
  | 'dead'
  | 'for_link'
  | 'for_add';

const STATUS: Record<CodeReason, ContentfulStatusCode> = {
  unknown: 404,
  expired: 410,
  used: 410,
  cancelled: 410,
  filing: 409,
  claimed: 409,
  malformed: 400,
  wrong: 404,
  dead: 410,
  for_link: 409,
  for_add: 409,
};

const NEW_SHORT_CODE = ' Make a new code on your computer.';

/**
 * Each kind's refusals: the code on the wire (`<kind>_code_<reason>`, written out so the list of API
 * error codes checks each one) and a short English fallback (the web words every code in EN/FR/DE).
 */
const REFUSALS: {
  [Kind in RefusalKind]: Partial<Record<CodeReason, { code: ApiErrorCode; message: string }>>;
} = {
  link: {
    unknown: {
      code: 'link_code_unknown',
      message: 'This QR code is not valid. Generate a new QR code on your computer and scan it.',
    },
    used: {
      code: 'link_code_used',
      message: 'This QR code has already been used. Generate a new QR code on your computer and scan it.',
    },
    expired: {
      code: 'link_code_expired',
      message: 'This QR code has expired. Generate a new QR code on your computer and scan it.',
    },
  },
  upload: {
    unknown: {
      code: 'upload_code_unknown',
      message: 'This QR code is not valid. On your computer, generate a new code and scan it again.',
    },
    expired: {
      code: 'upload_code_expired',
      message:
        'This QR code has expired (codes are valid for 30 minutes). On your computer, generate a new code and scan it again.',
    },
    cancelled: {
      code: 'upload_code_cancelled',
      message: 'This QR code was cancelled on the computer. Generate a new code there and scan it again.',
    },
    used: {
      code: 'upload_code_used',
      message:
        'This QR code has already been used: its document was added. To add another one, generate a new code on your computer.',
    },
    // Consumed but not yet filed (or stopped while filing): never told 'added' before it exists (row 39).
    filing: {
      code: 'upload_code_filing',
      message:
        'The document sent with this QR code is still being checked and filed, so it has not been added yet. Keep it on your phone and try again in a moment.',
    },
    claimed: {
      code: 'upload_code_claimed',
      message:
        'This QR code is already being used by another phone. Finish on that phone, or generate a new code on your computer.',
    },
  },
  short: {
    malformed: { code: 'short_code_malformed', message: 'A code has 8 letters and digits, like 4K7M 2QXD.' },
    wrong: {
      code: 'short_code_wrong',
      message: 'This code is not right. Check it and type it again: 3 wrong tries end it.',
    },
    dead: {
      code: 'short_code_dead',
      message: `This code was typed wrong too many times.${NEW_SHORT_CODE}`,
    },
    used: { code: 'short_code_used', message: `This code has already been used.${NEW_SHORT_CODE}` },
    expired: { code: 'short_code_expired', message: `This code has expired.${NEW_SHORT_CODE}` },
    for_link: {
      code: 'short_code_for_link',
      message: 'This code is for linking a phone, not for adding a document.',
    },
    for_add: {
      code: 'short_code_for_add',
      message: 'This code is for adding a document, not for linking a phone.',
    },
  },
};

/** A code's owner asking for one that is not theirs, or gone: the same answer as an unknown one. */
const OWNER_NOT_FOUND = 'This QR code could not be found. Generate a new one.';

/** The explained refusal of a code: `link_code_expired`, `upload_code_used`, `short_code_wrong`… */
export function codeError(kind: RefusalKind, reason: CodeReason, audience: 'phone' | 'owner' = 'phone') {
  const refusal = REFUSALS[kind][reason];
  if (!refusal) throw new Error(`A ${kind} code has no '${reason}' refusal.`);
  const message = audience === 'owner' && reason === 'unknown' ? OWNER_NOT_FOUND : refusal.message;
  return new ApiError(
    STATUS[reason],
    refusal.code,
    message,
    undefined,
    reason === 'filing' ? { retryable: true } : {},
  );
}
