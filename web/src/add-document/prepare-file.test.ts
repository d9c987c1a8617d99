import { describe, expect, it } from 'vitest';
import { classifySelection, plainPageCount, SelectionRefused } from './prepare-file.js';

const limits = { maxBytes: 1000, maxPages: 3 };
const file = (name: string, type: string, size = 10) => new File([new Uint8Array(size)], name, { type });

function problemOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof SelectionRefused) return error.problem;
    throw error;
  }
  return 'ok';
}

describe("'Select a file': what the phone accepts before sending anything", () => {
  it('takes one PDF, or one or more pictures (JPEG, PNG, HEIC even without a type)', () => {
    expect(classifySelection([file('a.pdf', 'application/pdf')], limits).kind).toBe('pdf');
    expect(classifySelection([file('a.jpg', 'image/jpeg'), file('b.png', 'image/png')], limits).kind).toBe(
      'pictures',
    );
    expect(classifySelection([file('IMG_1.HEIC', '')], limits).kind).toBe('pictures');
  });

  it('refuses mixtures, several PDFs, other types, empty pictures and too many pages, saying which', () => {
    expect(problemOf(() => classifySelection([], limits))).toBe('nothingChosen');
    expect(
      problemOf(() =>
        classifySelection([file('a.pdf', 'application/pdf'), file('b.jpg', 'image/jpeg')], limits),
      ),
    ).toBe('pdfOrPictures');
    expect(
      problemOf(() =>
        classifySelection([file('a.pdf', 'application/pdf'), file('b.pdf', 'application/pdf')], limits),
      ),
    ).toBe('onePdfOnly');
    expect(problemOf(() => classifySelection([file('a.docx', 'application/msword')], limits))).toBe(
      'unsupportedType',
    );
    expect(problemOf(() => classifySelection([file('a.jpg', 'image/jpeg', 0)], limits))).toBe('fileEmpty');
    const four = ['1', '2', '3', '4'].map((n) => file(`${n}.jpg`, 'image/jpeg'));
    expect(problemOf(() => classifySelection(four, limits))).toBe('tooManyPages');
  });

  it('counts plain page objects, not the page tree', () => {
    expect(
      plainPageCount(
        '<< /Type /Pages /Kids [3 0 R 4 0 R] >> << /Type /Page >> << /Type/Page /Parent 2 0 R >>',
      ),
    ).toBe(2);
  });
});
