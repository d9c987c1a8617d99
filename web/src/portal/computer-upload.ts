import { ACCEPTED_CONTENT_TYPES, MAX_UPLOAD_BYTES } from '../../../shared/limits.js';
import { ApiFailure } from '../platform/api.js';
import { type AnswerOf, api, ok } from '../platform/api-client.js';
import { postToStorage } from '../platform/storage-upload.js';

const uploads = api.procedures[':procedureId'].uploads;
type FiledDocument = AnswerOf<(typeof uploads)[':uploadId']['complete']['$post']>['document'];

export interface FilingChoice {
  action: 'add' | 'attach' | 'replace';
  typeId?: string;
  documentId?: string;
  name?: string;
}

export const ACCEPTED_TYPES = ACCEPTED_CONTENT_TYPES;
export const MAX_BYTES = MAX_UPLOAD_BYTES;

/** Checked before anything is sent, so a wrong file is refused at once with a clear reason. */
export function problemWith(file: File): ApiFailure | undefined {
  if (file.size === 0) return new ApiFailure(400, 'file_empty', 'This file is empty. Choose another file.');
  if (file.size > MAX_BYTES)
    return new ApiFailure(413, 'file_too_large', 'This file is too large. Send a smaller file.');
  if (!(ACCEPTED_TYPES as readonly string[]).includes(file.type)) {
    return new ApiFailure(
      415,
      'unsupported_file',
      'This type of file is not accepted. Send a PDF, JPEG or PNG file.',
    );
  }
  return undefined;
}

/** 'My computer': presigned POST to S3 with progress, then the API checks and files it. */
export async function uploadFromComputer(
  procedureId: string,
  choice: FilingChoice,
  file: File,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<FiledDocument> {
  const problem = problemWith(file);
  if (problem) throw problem;
  const upload = await ok(
    uploads.$post({
      param: { procedureId },
      // Checked against the accepted types just above.
      json: { ...choice, contentType: file.type as (typeof ACCEPTED_TYPES)[number], size: file.size },
    }),
  );
  await postToStorage(upload, file, onProgress, signal);
  const { document } = await ok(
    uploads[':uploadId'].complete.$post({ param: { procedureId, uploadId: upload.uploadId } }),
  );
  return document;
}
