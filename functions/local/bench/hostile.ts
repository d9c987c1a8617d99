import { CHECK_TIME_LIMIT_MS, checkInWorker } from '../../src/documents/check-in-worker.js';
import { checkPdf } from '../../src/documents/check-pdf.js';
import { hostileCorpus } from '../../src/documents/fixtures/hostile-corpus.js';

const limits = { maxBytes: 20 * 1024 * 1024, maxPages: 50 };

/**
 * SECURITY.md row 37: how long each file of the hostile corpus takes to be decided, by the budget
 * alone (in this thread) and through the worker the API uses (its limit: 5 s), and the worst case.
 */
export async function benchHostile() {
  const files: { name: string; kB: number; answer: string; budgetMs: number; workerMs: number }[] = [];
  await checkInWorker(new Uint8Array(1), limits, ['pdf']); // the first worker loads its code
  for (const item of hostileCorpus()) {
    let started = performance.now();
    checkPdf(item.bytes, limits);
    const budgetMs = Math.round(performance.now() - started);
    started = performance.now();
    const answer = await checkInWorker(item.bytes, limits, ['pdf']);
    const workerMs = Math.round(performance.now() - started);
    files.push({
      name: item.name,
      kB: Math.round(item.bytes.byteLength / 1024),
      answer: answer.ok ? 'ok' : answer.code,
      budgetMs,
      workerMs,
    });
  }
  return {
    limitMs: CHECK_TIME_LIMIT_MS,
    worstBudgetMs: Math.max(...files.map((file) => file.budgetMs)),
    worstWorkerMs: Math.max(...files.map((file) => file.workerMs)),
    timeouts: files.filter((file) => file.answer === 'check_timeout').length,
    files,
  };
}
