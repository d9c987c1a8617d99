import type { ApiErrorCode } from '../../../shared/error-codes.js';
/** Why an uploaded file is refused: a stable code for the app, and an English message for people. */
export interface Refusal {
  ok: false;
  code: ApiErrorCode;
  message: string;
}

export function refuse(code: ApiErrorCode, message: string): Refusal {
  return { ok: false, code, message };
}

/** The checks every file goes through first, whatever its type. */
export function checkSize(bytes: Uint8Array, maxBytes: number): Refusal | undefined {
  if (bytes.byteLength === 0) return refuse('file_empty', 'This file is empty. Choose another file.');
  if (bytes.byteLength > maxBytes) {
    const megabytes = Math.floor((maxBytes / (1024 * 1024)) * 10) / 10;
    return refuse('file_too_large', `This file is too large. Send a smaller file (at most ${megabytes} MB).`);
  }
  return undefined;
}
