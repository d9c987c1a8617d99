import { ApiFailure } from './api.js';

export interface PresignedPost {
  url: string;
  fields: Record<string, string>;
}

/**
 * Sends a file straight to S3 with a presigned POST, reporting progress (fetch cannot report
 * upload progress, XMLHttpRequest can). The policy in `fields` fixes key, type and size.
 */
export function postToStorage(
  post: PresignedPost,
  file: Blob,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(post.fields)) form.append(name, value);
    form.append('file', file);
    const request = new XMLHttpRequest();
    request.open('POST', post.url);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        onProgress(1);
        resolve();
      } else if (request.status === 400 && /EntityTooLarge/.test(request.responseText)) {
        reject(new ApiFailure(413, 'file_too_large', 'This file is too large. Send a smaller file.'));
      } else {
        reject(
          new ApiFailure(
            request.status,
            'upload_failed',
            'The file could not be sent. Check your connection and try again.',
          ),
        );
      }
    };
    request.onerror = () =>
      reject(
        new ApiFailure(
          0,
          'upload_failed',
          'The file could not be sent. Check your connection and try again.',
        ),
      );
    signal?.addEventListener('abort', () => request.abort());
    request.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    request.send(form);
  });
}
