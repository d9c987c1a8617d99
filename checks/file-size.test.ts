import { describe, expect, it } from 'vitest';
import { filesUnder, read } from './source-files.js';

/**
 * Small files around one concept (STYLE.md): a file over 300 lines is split by concept, named in the
 * citizen's words (take-picture/page-editor.css, add-document/step-screens.tsx), not silenced here.
 */
const MAX_LINES = 300;
const FOLDERS = ['web', 'functions', 'infra', 'shared', 'checks'];
const SOURCES = ['.ts', '.tsx', '.css', '.mjs', '.js'];

const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

describe('source files', () => {
  it(`have at most ${MAX_LINES} lines each`, () => {
    const files = FOLDERS.flatMap((folder) => filesUnder(folder, SOURCES)).filter(
      (file) => !file.startsWith('web/public/'),
    );
    expect(files.length).toBeGreaterThan(100);
    const long = files
      .map((file) => ({ file, lines: lineCount(read(file)) }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });

  it('counts a last line with or without its newline', () => {
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\nb')).toBe(2);
  });
});
