import { describe, expect, it } from 'vitest';
import { DOCUMENT_NAME_INPUT_MAX, DOCUMENT_NAME_MAX } from '../../../shared/limits.js';
import { cleanName } from './filing-target.js';

describe('a document name, one limit for the API and the web (shared/limits.ts)', () => {
  it('keeps at most DOCUMENT_NAME_MAX characters, counted after cleaning', () => {
    expect(cleanName('a'.repeat(DOCUMENT_NAME_MAX + 20))).toHaveLength(DOCUMENT_NAME_MAX);
    // Runs of spaces and control characters are removed first: the text after them is kept.
    const padded = `${'a  '.repeat(DOCUMENT_NAME_MAX / 2)}\u202e`;
    expect(padded.length).toBeLessThanOrEqual(DOCUMENT_NAME_INPUT_MAX);
    expect(cleanName(padded)).toBe('a '.repeat(DOCUMENT_NAME_MAX / 2).trim());
  });
});
