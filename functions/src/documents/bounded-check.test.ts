import { describe, expect, it } from 'vitest';
import { demoProcedure } from '../../test/demo-procedure.js';
import { must } from '../../test/must.js';
import { postFile } from '../../test/storage-post.js';
import { testApp } from '../../test/test-app.js';
import { checkInWorker } from './check-in-worker.js';
import { hostileCorpus } from './fixtures/hostile-corpus.js';

const housing = demoProcedure('HOU-2026-0142');
const limits = { maxBytes: 20 * 1024 * 1024, maxPages: 50 };
// What was seen: 150 stream headers without a valid /Length before 19 MB of `z` (78 s, then filed).
const hostile = () => must(hostileCorpus()[0], "the hostile corpus's first file").bytes;

describe('a bounded checker (SECURITY.md row 37)', () => {
  it('keeps answering other requests while a hostile file is being checked', async () => {
    const t = await testApp();
    let checked = false;
    const checking = checkInWorker(hostile(), limits, ['pdf']).then((result) => {
      checked = true;
      return result;
    });
    const health = await t.call('GET', '/api/health');
    expect(health.status).toBe(200);
    // Answered while the check was still running: it runs in another thread.
    expect(checked).toBe(false);
    expect((await checking).ok).toBe(false);
  });

  it('refuses the file seen filed, through the API, and files nothing', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const bytes = hostile();
    const before = await t.call('GET', `/api/procedures/${housing.procedureId}`, { cookie });
    const created = await t.call('POST', `/api/procedures/${housing.procedureId}/uploads`, {
      cookie,
      body: { action: 'add', typeId: 'other', contentType: 'application/pdf', size: bytes.byteLength },
    });
    await postFile(created.json, bytes, 'application/pdf');
    const answer = await t.call(
      'POST',
      `/api/procedures/${housing.procedureId}/uploads/${created.json.uploadId}/complete`,
      { cookie },
    );
    expect(answer.status).toBe(422);
    expect(['pdf_too_complex', 'check_timeout']).toContain(answer.json.error.code);
    const after = await t.call('GET', `/api/procedures/${housing.procedureId}`, { cookie });
    expect(after.json.documents).toHaveLength(before.json.documents.length);
  });
});
