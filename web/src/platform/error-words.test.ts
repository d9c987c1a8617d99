import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES } from '../../../shared/error-codes.js';
import { errorWords } from './error-words.js';
import { documentWords } from './error-words-documents.js';
import { generalWords } from './error-words-general.js';
import { linkWords } from './error-words-link.js';
import { messageFor } from './errors.js';
import { LANGUAGES } from './i18n.js';

describe('errors, worded once (issue 10)', () => {
  it('words every code the API can answer in English, French and German', () => {
    const unworded = API_ERROR_CODES.flatMap((code) =>
      LANGUAGES.filter((language) => !messageFor(code, language)?.trim()).map(
        (language) => `${code} (${language})`,
      ),
    );
    expect(API_ERROR_CODES.length).toBeGreaterThan(50);
    expect(unworded).toEqual([]);
  });

  it('says something different in each language, and ends each sentence', () => {
    for (const [code, words] of Object.entries(errorWords)) {
      expect(new Set([words.en, words.fr, words.de]).size, code).toBe(3);
      for (const text of Object.values(words)) expect(text, code).toMatch(/[.!?…»“”)]$/);
    }
  });

  it('words nothing the API does not answer, apart from the web’s own codes', () => {
    const webOnly = Object.keys(errorWords).filter(
      (code) => !(API_ERROR_CODES as readonly string[]).includes(code),
    );
    expect(webOnly.sort()).toEqual(['network_unreachable', 'upload_failed']);
  });

  it('words each code in one place only: the table’s parts never override each other', () => {
    const parts = [generalWords, documentWords, linkWords].flatMap((part) => Object.keys(part));
    expect(parts.length).toBe(new Set(parts).size);
  });
});
