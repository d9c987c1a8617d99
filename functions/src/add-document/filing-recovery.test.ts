import { DeleteObjectsCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { afterEach, describe, expect, it } from 'vitest';
import { samplePdf } from '../../local/sample-pdf.js';
import { type FaultProxy, type SeenRequest, startFaultProxy } from '../../test/fault-proxy.js';
import { must } from '../../test/must.js';
import { postFile } from '../../test/storage-post.js';
import { type TestApp, testApp } from '../../test/test-app.js';
import { TEST_BUCKET } from '../../test/test-constants.js';
import { documentsOf } from '../portal/procedure-record.js';
import { runSweep } from '../sweep/sweep.js';
import { FILING_LEASE_MS } from './filing.js';
import { generateCode, housing, phone } from './fixtures/phone-client.js';

// SECURITY.md row 39: a crash, timeout or storage error after an upload code is consumed and before
// its document is filed. Two API instances share one table: `lambda` reaches DynamoDB and S3 through
// fault proxies (the instance that fails, or dies mid-filing), `next` reaches them directly (the
// instance that serves the phone's retry, or runs the sweep). Both start at the same instant.

const proxies: FaultProxy[] = [];
afterEach(async () => {
  for (const proxy of proxies.splice(0)) await proxy.stop();
});

const pdf = samplePdf('Filed once');
const isCopy = (request: SeenRequest) => request.method === 'PUT' && /x-amz-copy-source/i.test(request.head);
const isPinnedRead = (request: SeenRequest) =>
  request.method === 'GET' && request.path.startsWith(`/${TEST_BUCKET}/documents/`);
const isPutItem = (request: SeenRequest) => /x-amz-target: *DynamoDB_20120810\.PutItem/i.test(request.head);

async function twoInstances() {
  const next = await testApp();
  const s3 = await startFaultProxy(next.endpoints.s3);
  const db = await startFaultProxy(next.endpoints.dynamodb);
  proxies.push(s3, db);
  const lambda = await testApp({
    TABLE_NAME: next.deps.config.TABLE_NAME,
    S3_ENDPOINT: s3.url,
    DYNAMODB_ENDPOINT: db.url,
  });
  // One clock for both instances, moved by the test.
  lambda.deps.clock = next.clock;
  const cookie = await next.signedIn();
  return { next, lambda, s3, db, cookie };
}

/** A phone that has claimed a code with `lambda` and put its PDF into storage. */
async function uploaded(setup: Awaited<ReturnType<typeof twoInstances>>) {
  const code = await generateCode(setup.next, setup.cookie);
  const mobile = phone(setup.lambda, code.token);
  await mobile.claim();
  const post = await mobile.presign(pdf.byteLength);
  await postFile(post.json, pdf, 'application/pdf');
  return { code, mobile };
}

/**
 * Holds the first request of the filing that `match` picks (S3's copy of the upload, or DynamoDB's
 * record of the document, which comes after the pinned copy is read back).
 */
function holdAt(setup: Awaited<ReturnType<typeof twoInstances>>, where: 's3' | 'dynamodb') {
  let armed = where === 's3';
  let done = false;
  setup.s3.rule = (request) => {
    if (isPinnedRead(request)) armed = true;
    if (where === 's3' && !done && isCopy(request)) {
      done = true;
      return 'hold';
    }
    return 'pass';
  };
  setup.db.rule = (request) => {
    if (where === 'dynamodb' && armed && !done && isPutItem(request)) {
      done = true;
      return 'hold';
    }
    return 'pass';
  };
  return where === 's3' ? setup.s3 : setup.db;
}

async function filedDocuments(t: TestApp) {
  return (await documentsOf(t.deps, housing.procedureId)).filter((d) => d.name === 'Payslip October');
}

async function storedCopies(t: TestApp, documentId: string) {
  const listed = await (await t.deps.s3()).send(
    new ListObjectsV2Command({
      Bucket: TEST_BUCKET,
      Prefix: `documents/${housing.procedureId}/${documentId}`,
    }),
  );
  return listed.Contents?.length ?? 0;
}

async function expectFiledOnce(t: TestApp, code: Awaited<ReturnType<typeof generateCode>>) {
  const documents = await filedDocuments(t);
  expect(documents).toHaveLength(1);
  const { documentId } = must(documents[0], 'the filed document');
  expect(await storedCopies(t, documentId)).toBe(1);
  const status = await code.status();
  expect(status.state).toBe('filed');
  expect(status.document.documentId).toBe(documentId);
  const link = await t.call('GET', `/api/procedures/${housing.procedureId}/documents/${documentId}/file`, {
    cookie: await t.signedIn(),
  });
  const bytes = Buffer.from(
    await (await fetch(must(link.headers.get('location'), "the file link's Location"))).arrayBuffer(),
  );
  expect(bytes.equals(Buffer.from(pdf))).toBe(true);
}

/** While nothing is filed: the phone is told to keep its PDF, the computer never sees 'filed'. */
async function expectNotAdded(t: TestApp, code: Awaited<ReturnType<typeof generateCode>>) {
  expect(await filedDocuments(t)).toHaveLength(0);
  const status = await code.status();
  expect(status.state).not.toBe('filed');
  expect(status.document).toBeUndefined();
}

describe('filing resumed after a fault mid-filing (SECURITY.md row 39)', () => {
  it.each(['s3', 'dynamodb'] as const)(
    '%s stopped mid-filing: 503, nothing added; back up, the retry files it exactly once',
    async (where) => {
      const setup = await twoInstances();
      const { code, mobile } = await uploaded(setup);
      const proxy = holdAt(setup, where);
      const answer = mobile.complete();
      await proxy.held();
      await proxy.goDown();
      const failed = await answer;
      expect(failed.status).toBe(503);
      expect(failed.json.error.retryable).toBe(true);
      await expectNotAdded(setup.next, code);
      await proxy.comeBack();
      let retry = await mobile.complete();
      if (retry.status === 409) {
        // DynamoDB was down, so the failed instance could not give its lease back: it runs out.
        expect(retry.json.error.code).toBe('upload_code_filing');
        expect(retry.json.error.retryable).toBe(true);
        expect(retry.headers.get('retry-after')).toBeTruthy();
        setup.next.clock.advance(FILING_LEASE_MS + 1000);
        retry = await mobile.complete();
      }
      expect(retry.status).toBe(201);
      expect(retry.json).toMatchObject({ state: 'filed', document: { name: 'Payslip October' } });
      await expectFiledOnce(setup.next, code);
      // Told again, with the document, however often the phone asks.
      const again = await mobile.complete();
      expect(again.status).toBe(200);
      expect(again.json).toEqual(retry.json);
    },
  );

  it.each(['s3', 'dynamodb'] as const)(
    '%s hung mid-filing (the instance never comes back): the retry waits for the lease, then files it once',
    async (where) => {
      const setup = await twoInstances();
      const { code, mobile } = await uploaded(setup);
      const proxy = holdAt(setup, where);
      const stuck = mobile.complete();
      await proxy.held();
      // The phone gave up on that request and asks again: another instance answers.
      const early = await mobile.via(setup.next).complete();
      expect(early.status).toBe(409);
      expect(early.json.error.code).toBe('upload_code_filing');
      expect(early.json.error.message).not.toMatch(/added\./);
      await expectNotAdded(setup.next, code);
      setup.next.clock.advance(FILING_LEASE_MS + 1000);
      const retry = await mobile.via(setup.next).complete();
      expect(retry.status).toBe(201);
      await expectFiledOnce(setup.next, code);
      // The hung request finally goes through: it finds the document filed and files nothing more.
      proxy.release();
      const late = await stuck;
      expect(late.json.document).toEqual(retry.json.document);
      await expectFiledOnce(setup.next, code);
    },
  );

  it('many retries at once after a stuck filing file it exactly once', async () => {
    const setup = await twoInstances();
    const { code, mobile } = await uploaded(setup);
    const proxy = holdAt(setup, 's3');
    void mobile.complete();
    await proxy.held();
    await proxy.goDown();
    await proxy.comeBack();
    setup.next.clock.advance(FILING_LEASE_MS + 1000);
    const answers = await Promise.all(
      // From several addresses, so that the guess limit, which counts per address, lets all through.
      Array.from({ length: 8 }, (_, i) => mobile.via(setup.next, `10.9.9.${i + 1}`).complete()),
    );
    expect(answers.filter((a) => a.status === 201 || a.status === 200).length).toBeGreaterThanOrEqual(1);
    for (const a of answers) expect([200, 201, 409]).toContain(a.status);
    await expectFiledOnce(setup.next, code);
  });
});

describe('the sweep (SECURITY.md row 39: a code whose phone never came back)', () => {
  it('files a code left in filing by a storage outage, once; the phone coming back later is told filed', async () => {
    const setup = await twoInstances();
    const { code, mobile } = await uploaded(setup);
    const proxy = holdAt(setup, 'dynamodb');
    const answer = mobile.complete();
    await proxy.held();
    await proxy.goDown();
    expect((await answer).status).toBe(503);
    await proxy.comeBack();
    // Within the lease the sweep leaves it to whoever holds it.
    await runSweep(setup.next.deps);
    await expectNotAdded(setup.next, code);
    setup.next.clock.advance(FILING_LEASE_MS + 1000);
    const swept = await runSweep(setup.next.deps);
    expect(swept.filing.filed).toBe(1);
    await expectFiledOnce(setup.next, code);
    expect((await runSweep(setup.next.deps)).filing.filed).toBe(0);
    const late = await mobile.complete();
    expect(late.status).toBe(200);
    expect(late.json).toMatchObject({ state: 'filed', document: { name: 'Payslip October' } });
  });

  it('gives a code whose upload is gone back to its phone, which can send the PDF again', async () => {
    const setup = await twoInstances();
    const { code, mobile } = await uploaded(setup);
    // S3 fails the copy, then the upload disappears (a lifecycle rule, an operator): nothing to file.
    setup.s3.rule = (request) => (isCopy(request) ? 'refuse' : 'pass');
    const answer = await mobile.complete();
    expect(answer.status).toBe(503);
    const listed = await (await setup.next.deps.s3()).send(
      new ListObjectsV2Command({ Bucket: TEST_BUCKET, Prefix: `incoming/${code.codeId.slice(0, 32)}/` }),
    );
    await (await setup.next.deps.s3()).send(
      new DeleteObjectsCommand({
        Bucket: TEST_BUCKET,
        Delete: { Objects: (listed.Contents ?? []).map(({ Key }) => ({ Key })) },
      }),
    );
    setup.s3.rule = () => 'pass';
    setup.next.clock.advance(FILING_LEASE_MS + 1000);
    const swept = await runSweep(setup.next.deps);
    expect(swept.filing.released).toBe(1);
    const status = await code.status();
    expect(status.state).toBe('claimed');
    expect(status.refusal).toBe('upload_missing');
    expect(await filedDocuments(setup.next)).toHaveLength(0);
    const resent = await mobile.via(setup.next).send(pdf);
    expect(resent.status).toBe(201);
    await expectFiledOnce(setup.next, code);
  });
});
