import { CLAIM_HEADER, REQUEST_HEADER } from '../../../shared/headers.js';
import type { Translated } from '../../../shared/model.js';
import { ApiFailure, request } from '../platform/api.js';
import type { PresignedPost } from '../platform/storage-upload.js';

/** What the phone may know about a code before and after claiming it (functions/src/add-document). */
export interface CodeSummary {
  action: 'add' | 'attach' | 'replace';
  procedure: { title: Translated; reference: string };
  type?: { label: Translated };
  name: string;
  owner: string;
  validUntil: string;
  claimedByYou: boolean;
  limits: { maxBytes: number; maxPages: number };
}

export interface FiledDocument {
  name: string;
  pages?: number;
  size: number;
}

/**
 * The phone's credentials for one code: the scanned token, or, for a code bound to this linked
 * device, its id (the device session cookie goes with it); and the claim once it has one.
 */
export interface CodeCredentials {
  token?: string;
  request?: string;
  claim?: string;
}

/**
 * Calls the API as the phone that holds an upload code. The code travels in the Authorization
 * header, never in a URL; errors become `ApiFailure`s like the rest of the app's.
 */
function call<T>(method: string, path: string, credentials: CodeCredentials, body?: unknown): Promise<T> {
  const headers: Record<string, string> = credentials.request
    ? { [REQUEST_HEADER]: credentials.request }
    : { authorization: `Bearer ${credentials.token}` };
  if (credentials.claim) headers[CLAIM_HEADER] = credentials.claim;
  return request<T>(method, `/upload-code${path}`, body, { headers });
}

export const codeApi = {
  read: (credentials: CodeCredentials) => call<CodeSummary>('GET', '', credentials),
  claim: (credentials: CodeCredentials) => call<{ claim: string }>('POST', '/claim', credentials),
  release: (credentials: CodeCredentials) => call<void>('POST', '/release', credentials),
  presign: (credentials: CodeCredentials, size: number) =>
    call<PresignedPost>('POST', '/presign', credentials, { size }),
  progress: (credentials: CodeCredentials, percent: number) =>
    call<void>('POST', '/progress', credentials, { percent }),
  complete: (credentials: CodeCredentials) =>
    call<{ document: FiledDocument }>('POST', '/complete', credentials),
};

/** Answers that mean the code itself is over: no retry helps, a new code is needed. */
export const isCodeOver = (error: unknown) =>
  error instanceof ApiFailure &&
  [
    'upload_code_unknown',
    'upload_code_expired',
    'upload_code_cancelled',
    'upload_code_used',
    'upload_code_claimed',
    'request_for_another_device',
    'procedure_closed',
  ].includes(error.code);
