import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLambdaBundle } from '../lib/build-lambda.js';

/**
 * On Lambda the document check runs in a worker thread too (SECURITY.md row 37): the bundle has the
 * worker as its own entry, `check-worker.mjs`, next to `index.mjs`, which lambda.ts points at.
 */
describe("the Lambda bundle's document checker", () => {
  let outdir: string;
  beforeAll(async () => {
    outdir = mkdtempSync(join(tmpdir(), 'passerelle-check-worker-'));
    await buildLambdaBundle(outdir);
  });

  it('runs as a worker thread from the bundle and answers a check', () => {
    expect(existsSync(join(outdir, 'check-worker.mjs'))).toBe(true);
    const probe = join(outdir, 'probe-check.mjs');
    writeFileSync(
      probe,
      `import { Worker } from 'node:worker_threads';
const worker = new Worker(new URL('./check-worker.mjs', import.meta.url));
worker.on('message', (message) => {
  if (message === 'ready') {
    const bytes = new TextEncoder().encode('<html><script>alert(1)</script></html>').buffer;
    worker.postMessage({ bytes, limits: { maxBytes: 1000000, maxPages: 50 }, allowed: ['pdf'] }, [bytes]);
  } else {
    console.log(JSON.stringify(message));
    void worker.terminate();
  }
});`,
    );
    const output = execFileSync(process.execPath, [probe], { encoding: 'utf8' });
    expect(JSON.parse(output.trim())).toMatchObject({ ok: false, code: 'not_a_pdf' });
  });
});
