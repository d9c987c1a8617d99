import { deflateSync } from 'node:zlib';
import { jsPDF } from 'jspdf';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { samplePdf } from '../../local/sample-pdf.js';
import { checkPdf } from './check-pdf.js';
import { ascii85 } from './fixtures/ascii85.js';
import { zeroBomb } from './fixtures/deflate-bomb.js';
import { pngHeader } from './fixtures/image-headers.js';
import { appendRevision, simplePdf, writePdf } from './fixtures/pdf-writer.js';

const limits = { maxBytes: 20 * 1024 * 1024, maxPages: 50 };

function codeOf(bytes: Uint8Array, custom = limits): string {
  const result = checkPdf(bytes, custom);
  return result.ok ? 'ok' : result.code;
}

describe('checkPdf: documents that are accepted', () => {
  it('counts the pages of hand-written one-page and multi-page files', () => {
    expect(checkPdf(simplePdf(), limits)).toEqual({ ok: true, pages: 1 });
    expect(checkPdf(simplePdf({ pages: 7 }), limits)).toEqual({ ok: true, pages: 7 });
    expect(checkPdf(samplePdf('Lease'), limits)).toEqual({ ok: true, pages: 1 });
  });

  it('reads what real producers write: pdf-lib (object and xref streams, or not) and jsPDF', async () => {
    const made = await PDFDocument.create();
    for (let i = 0; i < 3; i++) made.addPage().drawText(`Page ${i + 1}`);
    expect(checkPdf(await made.save(), limits)).toEqual({ ok: true, pages: 3 });
    expect(checkPdf(await made.save({ useObjectStreams: false }), limits)).toEqual({ ok: true, pages: 3 });

    const phone = new jsPDF({ unit: 'pt', format: 'a4' });
    phone.text('Page one', 72, 72);
    phone.addPage();
    phone.text('Page two', 72, 72);
    expect(checkPdf(new Uint8Array(phone.output('arraybuffer')), limits)).toEqual({ ok: true, pages: 2 });
  });

  it('reads objects packed in a compressed object stream, with an xref stream', () => {
    const packed = simplePdf({ pages: 2, extra: ['<< /Producer (fixture) >>'], packed: [1, 2, 3, 5, 6] });
    expect(checkPdf(packed, limits)).toEqual({ ok: true, pages: 2 });
  });

  it('follows incremental updates: the newest page tree counts', () => {
    const updated = appendRevision(simplePdf({ pages: 1 }), {
      2: '<< /Type /Pages /Kids [5 0 R 6 0 R] /Count 2 >>',
      6: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    });
    expect(checkPdf(updated, limits)).toEqual({ ok: true, pages: 2 });
  });

  it('repairs wrong xref offsets as viewers do, when the file is complete', () => {
    const pdf = Buffer.from(simplePdf({ pages: 2 }));
    const shifted = Buffer.concat([
      pdf.subarray(0, 9),
      Buffer.from('% shifted by a tool\n'),
      pdf.subarray(9),
    ]);
    expect(checkPdf(shifted, limits)).toEqual({ ok: true, pages: 2 });
  });

  it('repairs a file with object and xref streams whose offsets are all wrong', () => {
    const pdf = Buffer.from(simplePdf({ pages: 2, packed: [1, 2, 3] }));
    const shifted = Buffer.concat([pdf.subarray(0, 9), Buffer.from('% shifted\n'), pdf.subarray(9)]);
    expect(checkPdf(shifted, limits)).toEqual({ ok: true, pages: 2 });
  });

  it('accepts harmless look-alikes: an "open at page 1" action, a font named /AA, a link', () => {
    expect(codeOf(simplePdf({ catalog: '/OpenAction [6 0 R /Fit]' }))).toBe('ok');
    expect(codeOf(simplePdf({ catalog: '/OpenAction << /S /GoTo /D [5 0 R /Fit] >>' }))).toBe('ok');
    expect(codeOf(simplePdf({ page: '/Resources << /Font << /AA 3 0 R /JS 3 0 R >> >>' }))).toBe('ok');
    const link =
      '<< /Type /Annot /Subtype /Link /Rect [0 0 9 9] /A << /S /URI /URI (https://example.org) >> >>';
    expect(codeOf(simplePdf({ extra: [link], page: '/Annots [5 0 R]' }))).toBe('ok');
  });

  it('reads very long arrays (a font with 300 000 widths)', () => {
    const widths = `<< /Type /Font /Subtype /Type1 /Widths [${'500 '.repeat(300_000)}] >>`;
    expect(codeOf(simplePdf({ extra: [widths] }))).toBe('ok');
  });

  it('accepts exactly the page limit', () => {
    expect(checkPdf(simplePdf({ pages: 50 }), limits)).toEqual({ ok: true, pages: 50 });
  });
});

describe('checkPdf: files that are not PDFs, or not whole', () => {
  it.each([
    ['an empty file', new Uint8Array(0), 'file_empty'],
    ['a PNG', pngHeader(10, 10), 'not_a_pdf'],
    ['an HTML page', Buffer.from('<html><script>alert(1)</script></html>'), 'not_a_pdf'],
    ['a ZIP', Buffer.from('504b0304140000000800', 'hex'), 'not_a_pdf'],
    ['a PDF header on garbage', Buffer.from(`%PDF-1.4\n${'x'.repeat(5000)}`), 'pdf_unreadable'],
    ['a PDF cut in half', simplePdf({ pages: 3 }).subarray(0, 400), 'pdf_unreadable'],
    ['a PDF missing its last bytes', simplePdf().slice(0, -40), 'pdf_unreadable'],
  ])('refuses %s', (_name, bytes, code) => {
    expect(codeOf(bytes)).toBe(code);
  });

  it('refuses a file over the size limit, saying the limit', () => {
    const result = checkPdf(simplePdf(), { maxBytes: 100, maxPages: 50 });
    expect(result).toMatchObject({ ok: false, code: 'file_too_large' });
    expect(!result.ok && result.message).toMatch(/too large.*smaller file/);
  });

  it('refuses a page tree that loops, or has no pages, or nests without end', () => {
    expect(codeOf(simplePdf({ page: '/Kids [2 0 R]' }))).toBe('pdf_unreadable');
    expect(
      codeOf(writePdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>'])),
    ).toBe('pdf_unreadable');
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(codeOf(simplePdf({ extra: [deep] }))).toBe('pdf_unreadable');
  });
});

describe('checkPdf: encryption, active content, attachments (SECURITY.md row 29)', () => {
  it('refuses an encrypted file with a message that says what to do', () => {
    const encrypt = '<< /Filter /Standard /V 2 /R 3 /Length 128 /O <00> /U <00> /P -4 >>';
    const result = checkPdf(simplePdf({ extra: [encrypt], trailer: '/Encrypt 5 0 R' }), limits);
    expect(result).toEqual({
      ok: false,
      code: 'pdf_encrypted',
      message: 'This PDF is protected by a password. Remove the protection and try again.',
    });
  });

  it.each([
    ['JavaScript in an OpenAction', { catalog: '/OpenAction << /S /JavaScript /JS (app.alert(1)) >>' }],
    [
      'an OpenAction that opens a web page',
      { catalog: '/OpenAction << /S /URI /URI (https://evil.test) >>' },
    ],
    ['a Launch action on a link', { extra: [launchLink()], page: '/Annots [5 0 R]' }],
    ['an AA (additional action) on a page', { page: '/AA << /O << /S /URI /URI (https://evil.test) >> >>' }],
    [
      'a document-level script',
      { catalog: '/Names << /JavaScript 5 0 R >>', extra: ['<< /Names [(a) 6 0 R] >>'] },
    ],
    ['a form that submits itself', { catalog: '/OpenAction << /S /SubmitForm /F (https://evil.test) >>' }],
    ['an XFA form', { catalog: '/AcroForm << /Fields [] /XFA 5 0 R >>', extra: ['[(template) 6 0 R]'] }],
    [
      'RichMedia',
      { extra: ['<< /Type /Annot /Subtype /RichMedia /Rect [0 0 9 9] >>'], page: '/Annots [5 0 R]' },
    ],
    ['a name spelt with #-escapes', { catalog: '/Open#41ction << /S /J#61vaScript /J#53 (app.alert(1)) >>' }],
  ])('refuses %s', (_name, options) => {
    expect(codeOf(simplePdf(options))).toBe('pdf_active_content');
  });

  it('finds a script hidden in a compressed object stream', () => {
    const hidden = simplePdf({
      catalog: '/OpenAction 5 0 R',
      extra: ['<< /S /J#61vaScript /JS (app.alert(1)) >>'],
      packed: [1, 2, 5],
    });
    expect(Buffer.from(hidden).toString('latin1')).not.toContain('/S /J');
    expect(codeOf(hidden)).toBe('pdf_active_content');
  });

  it('finds a script in the second of two packed objects sharing a number', () => {
    const twice = Buffer.from('5 0 5 11 << /A 1 >>\n<< /S /Launch /F (calc.exe) >>');
    const packed = { dict: '/Type /ObjStm /N 2 /First 9 /Filter /FlateDecode', data: deflateSync(twice) };
    expect(codeOf(simplePdf({ extra: [packed] }))).toBe('pdf_active_content');
  });

  it('finds a script added by an incremental update, or left in an object no xref lists', () => {
    const updated = appendRevision(simplePdf(), {
      1: '<< /Type /Catalog /Pages 2 0 R /OpenAction 9 0 R >>',
      9: '<< /S /JavaScript /JS (app.alert(1)) >>',
    });
    expect(codeOf(updated)).toBe('pdf_active_content');
    const withOrphan = Buffer.from(simplePdf())
      .toString('latin1')
      .replace('xref\n', '99 0 obj\n<< /S /Launch /F (calc.exe) >>\nendobj\nxref\n');
    expect(codeOf(Buffer.from(withOrphan, 'latin1'))).toBe('pdf_active_content');
  });

  it.each([
    [
      'embedded files in the name tree',
      { catalog: '/Names << /EmbeddedFiles 5 0 R >>', extra: ['<< /Names [] >>'] },
    ],
    [
      'a file attachment annotation',
      { extra: ['<< /Type /Annot /Subtype /FileAttachment >>'], page: '/Annots [5 0 R]' },
    ],
  ])('refuses %s', (_name, options) => {
    expect(codeOf(simplePdf(options))).toBe('pdf_attachments');
  });
});

describe('checkPdf: page limit and decompression bombs (SECURITY.md row 30)', () => {
  it('refuses one page more than the limit, saying the limit', () => {
    const result = checkPdf(simplePdf({ pages: 51 }), limits);
    expect(result).toMatchObject({ ok: false, code: 'pdf_too_many_pages' });
    expect(!result.ok && result.message).toContain('more than 50 pages');
  });

  it('stops counting a huge page tree once past the limit', () => {
    const wide = writePdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      `<< /Type /Pages /Kids [${Array.from({ length: 100_000 }, (_, i) => `${i + 3} 0 R`).join(' ')}] /Count 100000 >>`,
      ...Array.from({ length: 100_000 }, () => '<< /Type /Page /Parent 2 0 R >>'),
    ]);
    expect(codeOf(wide)).toBe('pdf_too_many_pages');
  });

  it('refuses a page whose content inflates past the cap (200 MB of zeros in 200 KB)', () => {
    const bomb = zeroBomb(200);
    expect(bomb.length).toBeLessThan(400 * 1024);
    const pdf = simplePdf({ extra: [{ dict: '/Filter /FlateDecode', data: bomb }], page: '/Contents 5 0 R' });
    expect(codeOf(pdf)).toBe('pdf_too_complex');
  });

  it('refuses a bomb inside the object stream it must read, and many streams adding up', () => {
    const packedBomb = { dict: '/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', data: zeroBomb(100) };
    expect(codeOf(simplePdf({ extra: [packedBomb] }))).toBe('pdf_too_complex');
    const twenty = Array.from({ length: 20 }, () => ({ dict: '/Filter /FlateDecode', data: zeroBomb(40) }));
    expect(codeOf(simplePdf({ extra: twenty }))).toBe('pdf_too_complex');
  });

  it('refuses an image whose dimensions make it a bomb', () => {
    const image = {
      dict: '/Type /XObject /Subtype /Image /Width 60000 /Height 60000',
      data: Buffer.alloc(8),
    };
    expect(codeOf(simplePdf({ extra: [image] }))).toBe('pdf_too_complex');
  });

  it('refuses files built to make parsing slow: unclosed strings everywhere, or millions of objects', () => {
    const unclosed = { dict: '', data: Buffer.from('9 0 obj (\n'.repeat(20_000)) };
    expect(codeOf(simplePdf({ extra: [unclosed] }))).toBe('pdf_too_complex');
    const many = { dict: '', data: Buffer.from('9 0 obj null\n'.repeat(300_000)) };
    expect(codeOf(simplePdf({ extra: [many] }))).toBe('pdf_too_complex');
  });

  it('reads streams through ASCII85 and hex filters (a script hides there too), and refuses a damaged Flate stream', () => {
    const text = deflateSync(Buffer.from('BT ET'));
    const hex = { dict: '/Filter [/AHx /Fl]', data: Buffer.from(`${text.toString('hex')}>`) };
    expect(codeOf(simplePdf({ extra: [hex] }))).toBe('ok');
    const script = deflateSync(Buffer.from('1 0 << /S /JavaScript /JS (app.alert(1)) >>'));
    const packed = { dict: '/Type /ObjStm /N 1 /First 4 /Filter [/A85 /Fl]', data: ascii85(script) };
    expect(codeOf(simplePdf({ extra: [packed] }))).toBe('pdf_active_content');
    const damaged = { dict: '/Filter /FlateDecode', data: Buffer.from('not deflate at all') };
    expect(codeOf(simplePdf({ extra: [damaged] }))).toBe('pdf_unreadable');
  });
});

describe('checkPdf: damaged files', () => {
  it('answers with a result, never an exception, for thousands of damaged variants of good files', async () => {
    const made = await PDFDocument.create();
    made.addPage().drawText('Page');
    const seeds = [simplePdf({ pages: 3 }), simplePdf({ pages: 2, packed: [1, 2, 3] }), await made.save()];
    let state = 42;
    const random = (below: number) => {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      return state % below;
    };
    for (const seed of seeds) {
      for (let n = 0; n < 500; n++) {
        const bytes = Uint8Array.from(seed);
        for (let flips = 1 + random(4); flips > 0; flips--) bytes[random(bytes.length)] = random(256);
        const damaged = random(3) === 0 ? bytes.subarray(0, random(bytes.length)) : bytes;
        expect(checkPdf(damaged, limits)).toHaveProperty('ok');
      }
    }
  });
});

function launchLink(): string {
  return '<< /Type /Annot /Subtype /Link /Rect [0 0 9 9] /A << /S /Launch /F (calc.exe) >> >>';
}
