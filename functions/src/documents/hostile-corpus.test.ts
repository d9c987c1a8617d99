import { describe, expect, it } from 'vitest';
import { must } from '../../test/must.js';
import { checkInWorker } from './check-in-worker.js';
import { checkPdf } from './check-pdf.js';
import { hostileCorpus, lzwZeros, runLengthZeros } from './fixtures/hostile-corpus.js';
import { simplePdf } from './fixtures/pdf-writer.js';

const limits = { maxBytes: 20 * 1024 * 1024, maxPages: 50 };
const codeOf = (result: { ok: boolean; code?: string }) => (result.ok ? 'ok' : result.code);

// SECURITY.md row 37. Timings are printed by `npm run bench` (functions/local/bench/hostile.ts); here
// each file must get its right answer from the budget itself, never from the worker's time limit.
describe('the hostile corpus (SECURITY.md row 37)', () => {
  const corpus = hostileCorpus();

  it.each(corpus.map((item) => [item.name, item] as const))(
    '%s: refused or accepted, as it should',
    async (_name, item) => {
      expect(item.bytes.byteLength).toBeLessThanOrEqual(limits.maxBytes);
      // The budget alone decides (in this thread, no time limit involved)…
      expect(item.expect).toContain(codeOf(checkPdf(item.bytes, limits)));
      // …and in the worker the same file is refused or accepted, whatever the machine's load: on a
      // very busy machine its time limit may come first, which is a refusal too.
      const refusals = item.expect.includes('ok') ? item.expect : [...item.expect, 'check_timeout'];
      expect(refusals).toContain(codeOf(await checkInWorker(item.bytes, limits, ['pdf'])));
    },
  );

  it('decodes LZW and RunLength as viewers do (so what they hide is seen and charged)', () => {
    const lzw = simplePdf({ extra: [{ dict: '/Filter /LZW', data: lzwZeros(1000) }] });
    expect(codeOf(checkPdf(lzw, limits))).toBe('ok');
    const runLength = simplePdf({
      extra: [{ dict: '/Filter /RunLengthDecode', data: runLengthZeros(1000) }],
    });
    expect(codeOf(checkPdf(runLength, limits))).toBe('ok');
  });

  it('refuses a file the worker cannot finish within its time limit, with a clear message', async () => {
    const slow = must(
      corpus.find((item) => item.name.startsWith('20 Flate bombs')),
      "the corpus's '20 Flate bombs' file",
    ).bytes;
    const answer = await checkInWorker(slow, limits, ['pdf'], 1);
    expect(answer).toMatchObject({ ok: false, code: 'check_timeout' });
    expect(answer.ok || answer.message).toMatch(/too long to check/);
  });
});
