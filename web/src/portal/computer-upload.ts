import { ACCEPTED_CONTENT_TYPES, MAX_UPLOAD_BYTES } from '../../../shared/limits.js';
import type { SupportingDocument } from '../../../shared/model.js';
import { ApiFailure, api } from '../platform/api.js';
import { type PresignedPost, postToStorage } from '../platform/storage-upload.js';

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
): Promise<SupportingDocument> {
  const problem = problemWith(file);
  if (problem) throw problem;
  const upload = await api.post<PresignedPost & { uploadId: string }>(`/procedures/${procedureId}/uploads`, {
    ...choice,
    contentType: file.type,
    size: file.size,
  });
  await postToStorage(upload, file, onProgress, signal);
  const { document } = await api.post<{ document: SupportingDocument }>(
    `/procedures/${procedureId}/uploads/${upload.uploadId}/complete`,
  );
  return document;
}
