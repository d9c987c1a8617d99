import type { Deps } from '../platform/deps.js';
import type { SupportingDocument } from './model.js';

/**
 * A filed document's file, for the computer and the linked phone alike: a presigned GET valid one
 * minute, always a download (`attachment`), so a filed file is never rendered on our origin or S3's.
 */
export async function downloadUrl(deps: Deps, document: SupportingDocument) {
  const extension = document.fileKey.split('.').pop();
  const fileName = `${document.name.replace(/[^\p{L}\p{N} ._-]/gu, '_').slice(0, 80) || 'document'}.${extension}`;
  // The presigner and S3 load on the first download, not at cold start (platform/lazy-clients.ts).
  const { GetObjectCommand, getSignedUrl } = await import('../platform/s3-sdk.js');
  return getSignedUrl(
    await deps.s3Public(),
    new GetObjectCommand({
      Bucket: deps.config.BUCKET_NAME,
      Key: document.fileKey,
      ResponseContentDisposition: `attachment; filename="${fileName.replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      ResponseContentType: document.contentType,
    }),
    { expiresIn: 60 },
  );
}

/** Required types with no filed document: "2 required documents missing". */
export function missingRequired(
  procedure: { documentTypes: { typeId: string; required: boolean }[] },
  documents: Pick<SupportingDocument, 'typeId' | 'status'>[],
) {
  const filed = new Set(documents.filter((d) => d.status === 'filed').map((d) => d.typeId));
  return procedure.documentTypes
    .filter((type) => type.required && !filed.has(type.typeId))
    .map((t) => t.typeId);
}
