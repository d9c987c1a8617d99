import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import { newId } from '../platform/tokens.js';
import { keys, type SupportingDocument } from '../portal/model.js';
import { checkDocument } from './check-document.js';
import type { FilingTarget } from './filing-target.js';
import {
  type AllowedContentType,
  deleteObject,
  extensionOf,
  moveObject,
  readUploadedObject,
} from './storage.js';

export interface UploadedFile {
  key: string;
  contentType: AllowedContentType;
  source: SupportingDocument['source'];
}

/**
 * Step one of completing an upload: read the object back and check it ourselves (size, signature,
 * structure; for PDFs no active content, attachments or encryption). A refused file is deleted and
 * nothing else changes, so the citizen can simply send another one.
 */
export async function inspectUpload(
  deps: Deps,
  file: UploadedFile,
): Promise<{ pages?: number; size: number }> {
  const bytes = await readUploadedObject(deps, file.key);
  const allowed = file.contentType === 'application/pdf' ? (['pdf'] as const) : (['image'] as const);
  const result = checkDocument(
    bytes,
    { maxBytes: deps.config.MAX_UPLOAD_BYTES, maxPages: deps.config.MAX_PDF_PAGES },
    [...allowed],
  );
  if (!result.ok) {
    await deleteObject(deps, file.key);
    throw new ApiError(422, result.code, result.message);
  }
  if ((result.kind === 'pdf') !== (file.contentType === 'application/pdf')) {
    await deleteObject(deps, file.key);
    throw new ApiError(
      422,
      'unsupported_file',
      'The file is not of the type it claims to be. Send a PDF, JPEG or PNG file.',
    );
  }
  return { size: bytes.byteLength, ...(result.kind === 'pdf' ? { pages: result.pages } : {}) };
}

/**
 * Step two, after the caller has consumed its upload (or upload code) with a conditional write:
 * move the object under the procedure and record the document. For 'Replace' the old file stays,
 * marked as replaced, so nothing is lost by accident (SECURITY.md row 35).
 */
export async function fileDocument(
  deps: Deps,
  target: FilingTarget,
  file: UploadedFile,
  inspected: { pages?: number; size: number },
): Promise<SupportingDocument> {
  const documentId = newId();
  const fileKey = `documents/${target.procedureId}/${documentId}.${extensionOf[file.contentType]}`;
  await moveObject(deps, file.key, fileKey);
  const document: SupportingDocument = {
    documentId,
    procedureId: target.procedureId,
    typeId: target.typeId,
    name: target.name,
    status: 'filed',
    fileKey,
    contentType: file.contentType,
    size: inspected.size,
    ...(inspected.pages ? { pages: inspected.pages } : {}),
    filedAt: new Date(deps.clock.now()).toISOString(),
    source: file.source,
    ...(target.replaces ? { replaces: target.replaces } : {}),
  };
  const table = deps.config.TABLE_NAME;
  await deps.db.send(
    new PutCommand({
      TableName: table,
      Item: { ...keys.document(target.procedureId, documentId), ...document },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  if (target.replaces) {
    await deps.db
      .send(
        new UpdateCommand({
          TableName: table,
          Key: keys.document(target.procedureId, target.replaces),
          UpdateExpression: 'SET #status = :replaced, replacedBy = :by',
          ConditionExpression: '#status = :filed',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':replaced': 'replaced', ':filed': 'filed', ':by': documentId },
        }),
      )
      // Two codes replacing the same file: both are kept, the second simply does not re-mark it.
      .catch((error: Error) => {
        if (error.name !== 'ConditionalCheckFailedException') throw error;
      });
  }
  return document;
}
