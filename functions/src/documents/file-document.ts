import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import { newId } from '../platform/tokens.js';
import type { SupportingDocument } from '../portal/model.js';
import { markReplaced, putNewDocument, readDocument } from '../portal/procedure-record.js';
import { checkInWorker } from './check-in-worker.js';
import type { FilingTarget } from './filing-target.js';
import {
  type AllowedContentType,
  deleteObject,
  extensionOf,
  pinUpload,
  readPinnedObject,
  removeOtherCopies,
  uploadMissing,
} from './storage.js';

/** One upload to file: where the client put it, what it claims to be, and the document it becomes. */
export interface FilingJob {
  target: FilingTarget;
  /** The key the client's presigned POST writes: the client can replace it at any time. */
  incomingKey: string;
  contentType: AllowedContentType;
  source: SupportingDocument['source'];
  /** Chosen when filing starts and stored with the upload, so every attempt files the same document. */
  documentId: string;
  /** The linked phone it came from, for the procedure's history. */
  deviceName?: string;
}

/**
 * Files an upload as `job.documentId`, exactly once however often, and however concurrently, it is
 * called (SECURITY.md rows 36, 39):
 * 1. the upload is copied to a key of this attempt's own under `documents/`, which no client can
 *    write, and only that copy is checked (size, type, structure, virus scan tag): the bytes filed
 *    are the bytes checked, whatever the client re-sends meanwhile;
 * 2. the document is recorded with a conditional put: one attempt wins, another discards its copy;
 * 3. the upload is removed. A crash anywhere leaves a state the next attempt resumes from.
 * A refused file throws its 413/422 and nothing is recorded.
 */
export async function fileUpload(deps: Deps, job: FilingJob): Promise<SupportingDocument> {
  const { procedureId } = job.target;
  const earlier = await readDocument(deps, procedureId, job.documentId);
  if (earlier) return finish(deps, job, earlier);
  const fileKey = `documents/${procedureId}/${job.documentId}-${newId().slice(0, 8)}.${extensionOf[job.contentType]}`;
  if (!(await pinUpload(deps, job.incomingKey, fileKey))) {
    // Another attempt may have filed it and removed the upload in the meantime.
    const filed = await readDocument(deps, procedureId, job.documentId);
    if (filed) return finish(deps, job, filed);
    throw uploadMissing();
  }
  let inspected: { pages?: number; size: number };
  try {
    inspected = await inspectPinned(deps, fileKey, job.contentType);
  } catch (error) {
    await deleteObject(deps, fileKey).catch(() => undefined);
    // An attempt that took over from this one (it was stalled past its lease) may have filed it.
    const filed = await readDocument(deps, procedureId, job.documentId);
    if (filed) return finish(deps, job, filed);
    if (error instanceof ApiError && (error.status === 413 || error.status === 422)) {
      await deleteObject(deps, job.incomingKey).catch(() => undefined);
    }
    throw error;
  }
  const document: SupportingDocument = {
    documentId: job.documentId,
    procedureId,
    typeId: job.target.typeId,
    name: job.target.name,
    status: 'filed',
    fileKey,
    contentType: job.contentType,
    size: inspected.size,
    ...(inspected.pages ? { pages: inspected.pages } : {}),
    filedAt: new Date(deps.clock.now()).toISOString(),
    source: job.source,
    ...(job.deviceName ? { deviceName: job.deviceName } : {}),
    ...(job.target.replaces ? { replaces: job.target.replaces } : {}),
  };
  if (!(await putNewDocument(deps, document))) {
    // A concurrent attempt recorded it first, with its own copy: this one is not needed.
    await deleteObject(deps, fileKey).catch(() => undefined);
    const recorded = await readDocument(deps, procedureId, job.documentId);
    if (!recorded) {
      throw new Error(
        `Document ${job.documentId} was recorded by a concurrent filing but cannot be read back.`,
      );
    }
    return finish(deps, job, recorded);
  }
  return finish(deps, job, document);
}

/**
 * What follows the record, repeated by every attempt until one completes it, each step idempotent:
 * the replaced document marked, copies left by attempts that died before recording removed (row 39:
 * one document, one file), the upload removed.
 */
async function finish(deps: Deps, job: FilingJob, document: SupportingDocument) {
  // For 'Replace' the old file stays, marked as replaced, so nothing is lost by accident (row 35). Two
  // codes replacing the same file, or a retry: both are kept, the old one is marked once.
  if (job.target.replaces)
    await markReplaced(deps, job.target.procedureId, job.target.replaces, document.documentId);
  await removeOtherCopies(
    deps,
    `documents/${document.procedureId}/${document.documentId}-`,
    document.fileKey,
  );
  await deleteObject(deps, job.incomingKey).catch(() => undefined);
  return document;
}

/**
 * Reads the pinned copy back and checks it ourselves (size, signature, structure; for PDFs no active
 * content, attachments or encryption), in a worker with hard time and memory limits (row 37).
 * A refused copy is deleted by the caller.
 */
async function inspectPinned(deps: Deps, key: string, contentType: AllowedContentType) {
  const bytes = await readPinnedObject(deps, key);
  const allowed = contentType === 'application/pdf' ? (['pdf'] as const) : (['image'] as const);
  const checkStarted = performance.now();
  const result = await checkInWorker(
    bytes,
    { maxBytes: deps.config.MAX_UPLOAD_BYTES, maxPages: deps.config.MAX_PDF_PAGES },
    [...allowed],
  );
  deps.metrics.record('CheckerTime', performance.now() - checkStarted, { kind: allowed[0] });
  if (!result.ok) throw new ApiError(422, result.code, result.message);
  if ((result.kind === 'pdf') !== (contentType === 'application/pdf')) {
    throw new ApiError(
      422,
      'unsupported_file',
      'The file is not of the type it claims to be. Send a PDF, JPEG or PNG file.',
    );
  }
  return { size: bytes.byteLength, ...(result.kind === 'pdf' ? { pages: result.pages } : {}) };
}
