import { CLAIM_HEADER, REQUEST_HEADER } from '../../../shared/headers.js';
import { ApiFailure } from '../platform/api.js';
import { type AnswerOf, api, ok } from '../platform/api-client.js';

/** The phone's side of an upload code on the API (functions/src/add-document/phone-routes.ts). */
const code = api['upload-code'];

/** What the phone may know about a code before and after claiming it. */
export type CodeSummary = AnswerOf<typeof code.$get>;
export type FiledDocument = AnswerOf<typeof code.complete.$post>['document'];

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
 * The phone that holds an upload code proves it in headers: the code in Authorization, never in a
 * URL; errors become `ApiFailure`s like the rest of the app's.
 */
function headersOf(credentials: CodeCredentials) {
  const headers: Record<string, string> = credentials.request
    ? { [REQUEST_HEADER]: credentials.request }
    : { authorization: `Bearer ${credentials.token}` };
  if (credentials.claim) headers[CLAIM_HEADER] = credentials.claim;
  return { headers };
}

export const codeApi = {
  read: (credentials: CodeCredentials) => ok(code.$get(undefined, headersOf(credentials))),
  claim: (credentials: CodeCredentials) => ok(code.claim.$post(undefined, headersOf(credentials))),
  release: (credentials: CodeCredentials) => ok(code.release.$post(undefined, headersOf(credentials))),
  presign: (credentials: CodeCredentials, size: number) =>
    ok(code.presign.$post({ json: { size } }, headersOf(credentials))),
  progress: (credentials: CodeCredentials, percent: number) =>
    ok(code.progress.$post({ json: { percent } }, headersOf(credentials))),
  complete: (credentials: CodeCredentials) => ok(code.complete.$post(undefined, headersOf(credentials))),
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
