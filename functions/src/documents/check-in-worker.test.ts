import { describe, expect, it } from 'vitest';
import { samplePdf } from '../../local/sample-pdf.js';
import { checkInWorker } from './check-in-worker.js';

const limits = { maxBytes: 20 * 1024 * 1024, maxPages: 50 };

describe('the document check in a worker thread (SECURITY.md row 37)', () => {
  it('answers as the check itself does', async () => {
    expect(await checkInWorker(samplePdf('One'), limits, ['pdf'])).toEqual({
      ok: true,
      kind: 'pdf',
      pages: 1,
    });
    expect(await checkInWorker(Buffer.from('<html>'), limits, ['pdf'])).toMatchObject({
      ok: false,
      code: 'not_a_pdf',
    });
  });
});
