import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { FilingTarget } from '../documents/filing-target.js';
import { epochSeconds } from '../platform/clock.js';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import { hashToken, newToken } from '../platform/tokens.js';

/** An upload code lives exactly this long (DESIGN.md, Flow 2). */
export const CODE_LIFETIME_MS = 30 * 60 * 1000;
/** The record outlives the code by a day so the desktop can still read how it ended; then TTL removes it. */
export const RECORD_KEPT_SECONDS = 24 * 60 * 60;
/** Presigned POSTs one code may ask for: enough for retries after lost connections, not for flooding. */
export const MAX_PRESIGNS = 10;

export type CodeState = 'waiting' | 'claimed' | 'uploading' | 'filing' | 'filed' | 'cancelled';

/** `UPLOAD#<sha256 of the token>` / `UPLOAD`, kind 'phone' (docs/architecture.md, Data). */
export interface UploadCode {
  pk: string;
  sk: 'UPLOAD';
  kind: 'phone';
  citizenId: string;
  /** Procedure, action, type, name and replaced document: fixed here, never taken from a later request. */
  target: FilingTarget;
  createdAt: number;
  /** Epoch milliseconds: the code is refused from this instant on, checked on every read. */
  validUntil: number;
  /** TTL attribute (epoch seconds). */
  expiresAt: number;
  state: CodeState;
  /** SHA-256 of the secret handed to the phone that claimed the code. */
  claimHash?: string;
  deviceName?: string;
  percent?: number;
  presigns?: number;
  /** Where the phone's current presigned POST puts the file. */
  key?: string;
  /** Why the phone's last file was refused, for the desktop's timeline. */
  refusal?: string;
  documentId?: string;
  /** While `filing`: until when (epoch ms) the attempt filing it holds it (add-document/filing.ts). */
  leaseUntil?: number;
  /**
   * A code bound to one linked device (docs/linked-account.md): started on the phone itself, or sent
   * to it by the computer ('requested'). No token is ever handed out for it: only that device, with
   * its device session, can use it (SECURITY.md row 49).
   */
  deviceId?: string;
  requested?: boolean;
  /** The device's name when the computer sent the request, for its timeline. */
  sentTo?: string;
}

export const codeKey = (codeId: string) => ({ pk: `UPLOAD#${codeId}`, sk: 'UPLOAD' as const });

/** The code's id is its token's SHA-256: stored and shown to the desktop, useless to redeem the code. */
export const codeIdOf = (token: string) => hashToken(token);

export async function readCode(deps: Deps, codeId: string): Promise<UploadCode | undefined> {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.config.TABLE_NAME, Key: codeKey(codeId), ConsistentRead: true }),
  );
  return Item?.kind === 'phone' ? (Item as UploadCode) : undefined;
}

export const isExpired = (code: UploadCode, now: number) => now >= code.validUntil;

/** The state as a reader sees it: a code past its time is expired, whatever the item still says. */
export function visibleState(code: UploadCode, now: number): CodeState | 'expired' {
  // A code consumed in time is filed even if that finishes after its expiry (row 39).
  if (code.state === 'filed' || code.state === 'cancelled' || code.state === 'filing') return code.state;
  return isExpired(code, now) ? 'expired' : code.state;
}

export const codeErrors = {
  unknown: () =>
    new ApiError(
      404,
      'upload_code_unknown',
      'This QR code is not valid. On your computer, generate a new code and scan it again.',
    ),
  expired: () =>
    new ApiError(
      410,
      'upload_code_expired',
      'This QR code has expired (codes are valid for 30 minutes). On your computer, generate a new code and scan it again.',
    ),
  cancelled: () =>
    new ApiError(
      410,
      'upload_code_cancelled',
      'This QR code was cancelled on the computer. Generate a new code there and scan it again.',
    ),
  used: () =>
    new ApiError(
      410,
      'upload_code_used',
      'This QR code has already been used: its document was added. To add another one, generate a new code on your computer.',
    ),
  // Consumed but not yet filed (or stopped while filing): never told 'added' before it exists (row 39).
  filing: () =>
    new ApiError(
      409,
      'upload_code_filing',
      'The document sent with this QR code is still being checked and filed, so it has not been added yet. Keep it on your phone and try again in a moment.',
      undefined,
      { retryable: true },
    ),
  claimed: () =>
    new ApiError(
      409,
      'upload_code_claimed',
      'This QR code is already being used by another phone. Finish on that phone, or generate a new code on your computer.',
    ),
};

/** Refuses a code that can no longer be used, saying why (SECURITY.md rows 23, 24). */
export function assertUsable(code: UploadCode | undefined, now: number): asserts code is UploadCode {
  if (!code) throw codeErrors.unknown();
  const state = visibleState(code, now);
  if (state === 'filed') throw codeErrors.used();
  if (state === 'filing') throw codeErrors.filing();
  if (state === 'cancelled') throw codeErrors.cancelled();
  if (state === 'expired') throw codeErrors.expired();
}

/**
 * A conditional update of the code: `condition` must hold, or the refusal is explained from the item
 * as it now is (expired, cancelled, used), else by `otherwise` (by default: another phone has it).
 */
export async function updateCode(
  deps: Deps,
  codeId: string,
  update: { set: string; condition: string; values: Record<string, unknown> },
  otherwise: (code: UploadCode) => ApiError = codeErrors.claimed,
) {
  try {
    await deps.db.send(
      new UpdateCommand({
        TableName: deps.config.TABLE_NAME,
        Key: codeKey(codeId),
        UpdateExpression: update.set,
        ConditionExpression: update.condition,
        ExpressionAttributeNames: namesIn(`${update.set} ${update.condition}`),
        ExpressionAttributeValues: update.values,
      }),
    );
  } catch (error) {
    if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    const now = deps.clock.now();
    const code = await readCode(deps, codeId);
    assertUsable(code, now);
    throw otherwise(code);
  }
}

/** `state`, `key` and `percent` are DynamoDB reserved words: expressions write them `#state` etc. */
function namesIn(expression: string) {
  const reserved = ['state', 'key', 'percent'].filter((name) => expression.includes(`#${name}`));
  return Object.fromEntries(reserved.map((name) => [`#${name}`, name]));
}

/**
 * A new code for one document of a procedure, written only if absent. The token is returned for a
 * QR; for a device-bound code the caller drops it, so nobody holds it.
 */
export async function createCode(
  deps: Deps,
  citizenId: string,
  target: FilingTarget,
  binding: Pick<UploadCode, 'deviceId' | 'requested' | 'sentTo'> = {},
) {
  const token = newToken();
  const codeId = codeIdOf(token);
  const now = deps.clock.now();
  const code: UploadCode = {
    ...codeKey(codeId),
    kind: 'phone',
    citizenId,
    target,
    createdAt: now,
    validUntil: now + CODE_LIFETIME_MS,
    expiresAt: epochSeconds(now + CODE_LIFETIME_MS) + RECORD_KEPT_SECONDS,
    state: 'waiting',
    ...(binding.deviceId ? { deviceId: binding.deviceId } : {}),
    ...(binding.requested ? { requested: true } : {}),
    ...(binding.sentTo ? { sentTo: binding.sentTo } : {}),
  };
  await deps.db.send(
    new PutCommand({
      TableName: deps.config.TABLE_NAME,
      Item: code,
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  return { token, codeId, code };
}
