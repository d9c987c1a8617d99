/** Request headers the web app sends and the API reads, beside cookies and `authorization`. */

/** The secret a phone received when it claimed an upload code (docs/architecture.md, Adding a document). */
export const CLAIM_HEADER = 'passerelle-upload-claim';

/**
 * A linked phone names a code bound to it (started on the phone, or sent by the computer) by its id
 * in this header, with its device session instead of a token (docs/linked-account.md).
 */
export const REQUEST_HEADER = 'passerelle-upload-request';
