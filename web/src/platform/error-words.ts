import type { ApiErrorCode } from '../../../shared/error-codes.js';
import { documentWords } from './error-words-documents.js';
import { generalWords } from './error-words-general.js';
import { linkWords } from './error-words-link.js';
import type { Language } from './i18n.js';

/** Codes the web app raises itself (no answer, or a file refused before it is sent). */
export type WebErrorCode = 'network_unreachable' | 'upload_failed';

/**
 * Every error's words, in English, French and German, in one table: the API answers a stable code
 * (shared/error-codes.ts) and the web owns what the citizen reads. Typed so that a code the API
 * can answer and this table does not word fails the typecheck; error-words.test.ts checks that no
 * entry is empty. French typography (non-breaking spaces) is applied when read (errors.ts).
 */
export const errorWords = {
  ...generalWords,
  ...documentWords,
  ...linkWords,
} satisfies Record<ApiErrorCode | WebErrorCode, Record<Language, string>>;
