import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/platform/logger.js';
import { cookieValues, findLeaks, logWatch, secretsInJson, setCookieValues } from './log-secrets.js';

const logFile = () => join(mkdtempSync(join(tmpdir(), 'passerelle-logs-')), 'api.jsonl');

describe('the log check of the browser tests (issue 14)', () => {
  it('fails on a log line that holds a secret seen during the run, and passes clean lines', async () => {
    const watch = logWatch(logFile());
    const app = new Hono()
      .use(watch.middleware)
      .post('/api/link/claim', (c) => c.json({ token: 'tok_9f8e7d6c5b4a39281706', shortCode: 'K7QM2XWP' }));
    await app.request('/api/link/claim', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: 'passerelle_session=s3ss10nS3cr3tValue' },
      body: JSON.stringify({ password: 'Correct-Horse-Battery-9', deviceName: 'Pixel' }),
    });
    const log = createLogger('debug', watch.sink);
    log.info('request', { route: 'POST /api/link/claim', status: 200 });
    expect(watch.check()).toMatchObject({ lines: 1 });

    // Each kind of secret, leaked once: the check names the line and fails.
    for (const leaked of [
      'passerelle_session=s3ss10nS3cr3tValue',
      'Correct-Horse-Battery-9',
      'tok_9f8e7d6c5b4a39281706',
      'K7QM2XWP',
      'marie.schmit@example.lu',
      'Marie Schmit',
      'citizen-marie-schmit',
    ]) {
      const leaking = logWatch(logFile());
      for (const secret of watch.secrets) leaking.secrets.add(secret);
      createLogger('debug', leaking.sink).warn('oops', { detail: `value ${leaked}` });
      expect(() => leaking.check(), leaked).toThrow(/logged 1 secret/);
    }
  });

  it('writes every line to its file, and does not repeat a secret whole in its report', () => {
    const file = logFile();
    const watch = logWatch(file);
    watch.secrets.add('abcdefghijklmnop');
    watch.sink('{"message":"a","x":"abcdefghijklmnop"}');
    expect(readFileSync(file, 'utf8')).toContain('"message":"a"');
    expect(() => watch.check()).toThrow(/line 1: abc… \(16 characters\)/);
    expect(() => watch.check()).not.toThrow(/abcdefghijklmnop/);
  });

  it('takes secrets from secret keys only, never the public error codes', () => {
    const found = new Set<string>();
    secretsInJson(
      {
        codeId: '5b0c3f4e-1d2a-4c3b-9e8f-7a6b5c4d3e2f',
        upload: { uploadToken: 'u-0123456789abcdef' },
        email: 'luc.weber@example.lu',
        status: 'claimed',
        refusal: { code: 'pdf_encrypted' },
        error: { code: 'signed_out', message: 'You are not signed in.' },
      },
      found,
    );
    expect([...found].sort()).toEqual([
      '5b0c3f4e-1d2a-4c3b-9e8f-7a6b5c4d3e2f',
      'luc.weber@example.lu',
      'u-0123456789abcdef',
    ]);
    expect(setCookieValues(['passerelle_session=abcdefgh; Path=/; HttpOnly'])).toEqual(['abcdefgh']);
    expect(cookieValues('a=abcdefgh; b=ijklmnop')).toEqual(['abcdefgh', 'ijklmnop']);
    expect(findLeaks(['{"route":"GET /api/link-codes/:codeId"}'], found)).toEqual([]);
  });
});
