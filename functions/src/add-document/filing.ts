import { fileUpload } from '../documents/file-document.js';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import type { SupportingDocument } from '../portal/model.js';
import { readDocument } from '../portal/procedure-record.js';
import { filingMarkerPages, forgetFiling, markFiling } from './filing-marker-record.js';
import { codeErrors, readCode, type UploadCode, updateCode } from './upload-code.js';

/**
 * How long one attempt holds a code in `filing` before another may take over (SECURITY.md row 39).
 * Longer than any attempt can run (the Lambda stops at 29 s), so two attempts never overlap unless
 * the first is dead; then the next /complete call, or the sweep, resumes it.
 */
export const FILING_LEASE_MS = 60_000;

/** A code as filing needs it: consumed, with its document id and the upload's key fixed. */
export type Filing = UploadCode & { documentId: string; key: string };

/** The refusals that give the code back to its phone (the file is not acceptable, or not there). */
const givesBack = (error: unknown): error is ApiError =>
  error instanceof ApiError && [409, 413, 422].includes(error.status) && error.code !== 'scan_pending';

/** Still filing: the phone keeps its PDF and asks again shortly (answered with Retry-After). */
const stillFiling = codeErrors.filing;

/**
 * Consumes an uploaded code: `uploading → filing`, with a fixed document id and a lease, in one
 * conditional write (only the claiming phone, only its current upload). A pending item is written
 * first, so the sweep finds the code if nobody comes back for it.
 */
export async function startFiling(deps: Deps, codeId: string, code: UploadCode, documentId: string) {
  const now = deps.clock.now();
  await markFiling(deps, codeId, now, code.expiresAt);
  await updateCode(
    deps,
    codeId,
    {
      set: 'SET #state = :filing, documentId = :documentId, leaseUntil = :lease',
      condition: 'claimHash = :claim AND validUntil > :now AND #state = :uploading AND #key = :key',
      values: {
        ':filing': 'filing',
        ':uploading': 'uploading',
        ':claim': code.claimHash,
        ':now': now,
        ':key': code.key,
        ':documentId': documentId,
        ':lease': now + FILING_LEASE_MS,
      },
    },
    // Another request of the same phone consumed it first: it is being filed.
    () => stillFiling(),
  );
  return { ...code, state: 'filing', documentId, leaseUntil: now + FILING_LEASE_MS } as Filing;
}

/**
 * Takes over a code left in `filing` whose lease has run out (its attempt died or failed). Resolves
 * to the code to file, or to the filed document when another attempt finished meanwhile.
 */
export async function takeOver(
  deps: Deps,
  codeId: string,
  code: Filing,
): Promise<{ filed: SupportingDocument } | { filing: Filing }> {
  const now = deps.clock.now();
  try {
    await updateCode(deps, codeId, {
      set: 'SET leaseUntil = :lease',
      condition:
        '#state = :filing AND documentId = :documentId AND (attribute_not_exists(leaseUntil) OR leaseUntil <= :now)',
      values: {
        ':filing': 'filing',
        ':documentId': code.documentId,
        ':now': now,
        ':lease': now + FILING_LEASE_MS,
      },
    });
  } catch (error) {
    if (!(error instanceof ApiError) || error.status >= 500) throw error;
    const current = await readCode(deps, codeId);
    if (current?.state === 'filed' && current.documentId === code.documentId) {
      const document = await readDocument(deps, code.target.procedureId, code.documentId);
      if (document) return { filed: document };
    }
    throw stillFiling();
  }
  return { filing: { ...code, leaseUntil: now + FILING_LEASE_MS } };
}

/**
 * Files a consumed code while holding its lease. Every step is idempotent (file-document.ts), so an
 * attempt that dies anywhere is resumed from where it stopped by the next one, and files exactly once:
 * - filed: the code says so only once the document exists (`filing → filed`);
 * - refused or gone: the code goes back to its phone (`filing → claimed`, with the reason), which
 *   still has its PDF and may send another;
 * - a service failed: the lease is given back at once if the table answers, so a retry resumes now.
 */
export async function fileCode(deps: Deps, codeId: string, code: Filing): Promise<SupportingDocument> {
  const mine = { ':documentId': code.documentId, ':filing': 'filing', ':lease': code.leaseUntil };
  let document: SupportingDocument;
  try {
    document = await fileUpload(deps, {
      target: code.target,
      incomingKey: code.key,
      contentType: 'application/pdf',
      source: 'phone',
      documentId: code.documentId,
      // The procedure's history says which phone sent it, when the phone was linked and unlocked.
      ...(code.deviceName ? { deviceName: code.deviceName } : {}),
    });
  } catch (error) {
    // Refused or gone, unless an attempt that took over from this one recorded it meanwhile.
    const recorded = givesBack(error)
      ? await readDocument(deps, code.target.procedureId, code.documentId)
      : undefined;
    if (recorded) return markFiled(deps, codeId, code, recorded);
    if (givesBack(error)) {
      await updateCode(deps, codeId, {
        set: 'SET #state = :claimed, refusal = :refusal REMOVE #key, #percent, documentId, leaseUntil',
        condition: '#state = :filing AND documentId = :documentId',
        values: {
          ':filing': 'filing',
          ':documentId': code.documentId,
          ':claimed': 'claimed',
          ':refusal': error.code,
        },
      }).catch(() => undefined);
      await forgetFiling(deps, codeId);
    } else {
      await updateCode(deps, codeId, {
        set: 'REMOVE leaseUntil',
        condition: '#state = :filing AND documentId = :documentId AND leaseUntil = :lease',
        values: mine,
      }).catch(() => undefined);
    }
    throw error;
  }
  return markFiled(deps, codeId, code, document);
}

/**
 * Filed: said only now that the document exists. A retry of this write after a failure finds the
 * document already recorded and comes straight here.
 */
async function markFiled(deps: Deps, codeId: string, code: Filing, document: SupportingDocument) {
  // The owner's view of the document goes on the code, so the computer's poll reads nothing else.
  const { fileKey: _fileKey, ...view } = document;
  await updateCode(deps, codeId, {
    set: 'SET #state = :filed, #percent = :done, filedDocument = :view REMOVE #key, leaseUntil',
    condition: 'documentId = :documentId AND #state IN (:filing, :filed)',
    values: {
      ':documentId': code.documentId,
      ':filing': 'filing',
      ':filed': 'filed',
      ':done': 100,
      ':view': view,
    },
  });
  await forgetFiling(deps, codeId);
  return document;
}

/** The filed document of a code, for a phone asking again after it was filed. */
export async function filedDocument(deps: Deps, code: UploadCode) {
  if (code.state !== 'filed' || !code.documentId) return undefined;
  return readDocument(deps, code.target.procedureId, code.documentId);
}

export interface FilingSweep {
  filed: number;
  released: number;
  waiting: number;
  failed: number;
}

/**
 * For codes whose phone never came back: every code left in `filing` past its lease is resumed
 * (filed, or given back to its phone when its file is refused or gone). Codes no longer filing are
 * dropped from the list once no consuming write can still be on its way.
 */
export async function sweepFiling(deps: Deps): Promise<FilingSweep> {
  const result: FilingSweep = { filed: 0, released: 0, waiting: 0, failed: 0 };
  const now = deps.clock.now();
  for await (const markers of filingMarkerPages(deps)) {
    for (const marker of markers) {
      const { codeId } = marker;
      const code = await readCode(deps, codeId);
      if (code?.state !== 'filing' || !code.documentId || !code.key) {
        if (now - marker.at > FILING_LEASE_MS) await forgetFiling(deps, codeId);
        continue;
      }
      if ((code.leaseUntil ?? 0) > now) {
        result.waiting++;
        continue;
      }
      try {
        const taken = await takeOver(deps, codeId, code as Filing);
        if ('filing' in taken) await fileCode(deps, codeId, taken.filing);
        result.filed++;
      } catch (error) {
        if (givesBack(error)) result.released++;
        else if (error instanceof ApiError && error.code === 'upload_code_filing') result.waiting++;
        else {
          result.failed++;
          deps.log.warn('sweep could not file a code yet', { error: (error as Error).name });
        }
      }
    }
  }
  return result;
}
