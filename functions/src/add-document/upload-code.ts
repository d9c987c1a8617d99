import {
  type CodeReason,
  codeError,
  commonRefusal,
  createCode as createSingleUseCode,
  readCode as readSingleUseCode,
  type SingleUseCode,
  type Transition,
  transition,
} from '../codes/single-use-code.js';
import type { FilingTarget } from '../documents/filing-target.js';
import type { Deps } from '../platform/deps.js';
import type { ApiError } from '../platform/errors.js';
import type { SupportingDocument } from '../portal/model.js';

export { codeIdOf, isExpired } from '../codes/single-use-code.js';

/** An upload code lives exactly this long (DESIGN.md, Flow 2). */
export const CODE_LIFETIME_MS = 30 * 60 * 1000;
/** The record outlives the code by a day so the desktop can still read how it ended; then TTL removes it. */
export const RECORD_KEPT_SECONDS = 24 * 60 * 60;
/** Presigned POSTs one code may ask for: enough for retries after lost connections, not for flooding. */
export const MAX_PRESIGNS = 10;

export type CodeState = 'waiting' | 'claimed' | 'uploading' | 'filing' | 'filed' | 'cancelled';

/** `UPLOAD_CODE#<sha256 of the token>` (docs/architecture.md, Data). */
export interface UploadCode extends SingleUseCode<CodeState> {
  /** Procedure, action, type, name and replaced document: fixed here, never taken from a later request. */
  target: FilingTarget;
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
  /**
   * The filed document as its owner sees it, written with `filed` (add-document/filing.ts) so the
   * computer's status poll is one read of the code and nothing else.
   */
  filedDocument?: Omit<SupportingDocument, 'fileKey'>;
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

export const readCode = (deps: Deps, codeId: string) => readSingleUseCode<UploadCode>(deps, 'upload', codeId);

/** A code consumed in time is filed even if that finishes after its expiry (row 39). */
const FINAL: readonly CodeState[] = ['filed', 'cancelled', 'filing'];

/** The state as a reader sees it: a code past its time is expired, whatever the item still says. */
export function visibleState(code: UploadCode, now: number): CodeState | 'expired' {
  if (FINAL.includes(code.state)) return code.state;
  return now >= code.validUntil ? 'expired' : code.state;
}

const refuse = (reason: CodeReason) => () => codeError('upload', reason);
export const codeErrors = {
  unknown: refuse('unknown'),
  expired: refuse('expired'),
  cancelled: refuse('cancelled'),
  used: refuse('used'),
  filing: refuse('filing'),
  claimed: refuse('claimed'),
};

/** Why this code can no longer be used, or undefined (SECURITY.md rows 23, 24). */
function refusal(code: UploadCode | undefined, now: number): ApiError | undefined {
  const common = commonRefusal('upload', code, now, FINAL);
  if (common || !code) return common;
  if (code.state === 'filed') return codeErrors.used();
  if (code.state === 'filing') return codeErrors.filing();
  if (code.state === 'cancelled') return codeErrors.cancelled();
  return undefined;
}

/** Refuses a code that can no longer be used, saying why (SECURITY.md rows 23, 24). */
export function assertUsable(code: UploadCode | undefined, now: number): asserts code is UploadCode {
  const refused = refusal(code, now);
  if (refused) throw refused;
}

/**
 * A conditional update of the code: `condition` must hold, or the refusal is explained from the item
 * as it now is (expired, cancelled, used), else by `otherwise` (by default: another phone has it).
 */
export function updateCode(
  deps: Deps,
  codeId: string,
  update: Transition,
  otherwise: (code: UploadCode) => ApiError = codeErrors.claimed,
) {
  return transition<UploadCode>(deps, 'upload', codeId, update, (current) => {
    const refused = refusal(current, deps.clock.now());
    return refused ?? otherwise(current as UploadCode);
  });
}

/**
 * A new code for one document of a procedure, written only if absent. The token is returned for a
 * QR; for a device-bound code the caller drops it, so nobody holds it.
 */
export function createCode(
  deps: Deps,
  citizenId: string,
  target: FilingTarget,
  binding: Pick<UploadCode, 'deviceId' | 'requested' | 'sentTo'> = {},
) {
  return createSingleUseCode<UploadCode>(
    deps,
    'upload',
    {
      citizenId,
      target,
      state: 'waiting',
      ...(binding.deviceId ? { deviceId: binding.deviceId } : {}),
      ...(binding.requested ? { requested: true } : {}),
      ...(binding.sentTo ? { sentTo: binding.sentTo } : {}),
    },
    { validMs: CODE_LIFETIME_MS, keptSeconds: RECORD_KEPT_SECONDS },
  );
}
