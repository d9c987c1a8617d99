import { describe, expect, it } from 'vitest';
import { housing } from '../src/add-document/fixtures/phone-client.js';
import { LOCAL_CREDENTIALS } from '../src/platform/deps.js';
import { must } from '../test/must.js';
import { testApp } from '../test/test-app.js';
import { TEST_BUCKET, TEST_ORIGIN } from '../test/test-constants.js';
import { samplePdf } from './sample-pdf.js';
import { siteApp } from './site-server.js';

// SECURITY.md row 46: in `--lan` mode anyone on the network reaches the site's /storage/* proxy to
// s3rver, which checks no signature. Only a presigned upload to its own key and presigned reads
// the proxy verifies itself may pass.
type Post = { url: string; fields: Record<string, string> };

async function lanSite(clock?: () => number) {
  const t = await testApp({ S3_PUBLIC_ENDPOINT: `${TEST_ORIGIN}/storage` });
  const site = siteApp({
    api: t.app,
    uploadOrigin: TEST_ORIGIN,
    storageProxy: {
      target: t.endpoints.s3,
      bucket: TEST_BUCKET,
      region: t.deps.config.AWS_REGION,
      credentials: LOCAL_CREDENTIALS,
      clock,
    },
  });
  const cookie = await t.signedIn();
  const post = (
    target: Post,
    bytes: Uint8Array | string,
    fields: Record<string, string> = {},
    url = target.url,
  ) => {
    const form = new FormData();
    for (const [name, value] of Object.entries({ ...target.fields, ...fields })) form.append(name, value);
    form.append(
      'file',
      new Blob([typeof bytes === 'string' ? bytes : Buffer.from(bytes)], { type: 'application/pdf' }),
    );
    return site.request(url, { method: 'POST', body: form });
  };
  /** A presigned POST for a new 'My computer' upload, as the browser gets it. */
  const newUpload = async (size: number) => {
    const created = await t.call('POST', `/api/procedures/${housing.procedureId}/uploads`, {
      cookie,
      body: { action: 'add', typeId: 'other', contentType: 'application/pdf', size },
    });
    expect(created.status).toBe(201);
    expect(created.json.url).toBe(`${TEST_ORIGIN}/storage/${TEST_BUCKET}`);
    return created.json as Post & { uploadId: string };
  };
  /** Uploads through the proxy and files it; returns the presigned download URL. */
  const filed = async (bytes: Uint8Array) => {
    const upload = await newUpload(bytes.byteLength);
    expect((await post(upload, bytes)).status).toBeLessThan(300);
    const done = await t.call(
      'POST',
      `/api/procedures/${housing.procedureId}/uploads/${upload.uploadId}/complete`,
      {
        cookie,
      },
    );
    expect(done.status, done.text).toBe(201);
    const link = await t.call(
      'GET',
      `/api/procedures/${housing.procedureId}/documents/${done.json.document.documentId}/file`,
      { cookie },
    );
    expect(link.status).toBe(302);
    return new URL(must(link.headers.get('location'), "the file link's Location"));
  };
  const direct = (key: string) => fetch(`${t.endpoints.s3}/${TEST_BUCKET}/${key}`);
  return { t, site, post, newUpload, filed, direct };
}

describe('the LAN storage proxy (row 46)', () => {
  it('passes a presigned upload to its own key and the presigned read of what was filed', async () => {
    const { site, filed } = await lanSite();
    const pdf = samplePdf('Through the LAN proxy');
    const url = await filed(pdf);
    expect(url.pathname.startsWith(`/storage/${TEST_BUCKET}/documents/`)).toBe(true);
    const read = await site.request(url.href);
    expect(read.status).toBe(200);
    expect(read.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(Buffer.compare(Buffer.from(await read.arrayBuffer()), Buffer.from(pdf))).toBe(0);
  });

  it('refuses an upload to another key, a forged or changed policy, an extra field and a size outside it', async () => {
    const { site, post, newUpload, filed, direct } = await lanSite();
    const pdf = samplePdf('Filed');
    const victim = await filed(pdf);
    const victimKey = decodeURIComponent(victim.pathname.slice(`/storage/${TEST_BUCKET}/`.length));
    const upload = await newUpload(pdf.byteLength);
    const html = '<html><script>alert(1)</script></html>';
    // Overwrite a filed document with the upload's own signed policy, but another key.
    expect((await post(upload, html, { key: victimKey })).status).toBe(403);
    // A policy of one's own, signed with a guessed key, or the right one with its conditions changed.
    const policy = (conditions: unknown[]) =>
      Buffer.from(JSON.stringify({ expiration: '2099-01-01T00:00:00Z', conditions })).toString('base64');
    const anyKey = policy([{ bucket: TEST_BUCKET }, ['starts-with', '$key', '']]);
    expect((await post(upload, html, { key: victimKey, Policy: anyKey })).status).toBe(403);
    expect((await post(upload, html, { 'X-Amz-Signature': '0'.repeat(64) })).status).toBe(403);
    expect((await post(upload, html, { 'x-amz-meta-owner': 'me' })).status).toBe(403);
    expect((await post(upload, new Uint8Array(21 * 1024 * 1024))).status).toBe(403);
    // A multi-object delete or a POST to another path.
    expect((await post(upload, html, {}, `${upload.url}?delete`)).status).toBe(403);
    expect(
      (await post(upload, html, {}, `${TEST_ORIGIN}/storage/${TEST_BUCKET}/${upload.fields.key}`)).status,
    ).toBe(403);
    // The filed document is untouched, and its own read still works.
    expect(Buffer.compare(Buffer.from(await (await direct(victimKey)).arrayBuffer()), Buffer.from(pdf))).toBe(
      0,
    );
    expect((await site.request(victim.href)).status).toBe(200);
  });

  it('refuses listing, unsigned or forged reads, reads of another key, PUT and DELETE', async () => {
    const { site, filed, direct } = await lanSite();
    const first = await filed(samplePdf('First'));
    const second = await filed(samplePdf('Second'));
    const bucket = `${TEST_ORIGIN}/storage/${TEST_BUCKET}`;
    const status = async (url: string, init?: RequestInit) => (await site.request(url, init)).status;
    expect(await status(bucket)).toBe(403);
    expect(await status(`${bucket}/?list-type=2`)).toBe(403);
    expect(await status(`${bucket}?list-type=2&X-Amz-Signature=abc`)).toBe(403);
    expect(await status(`${TEST_ORIGIN}/storage/`)).toBe(403);
    const secondKey = second.pathname.slice(`/storage/${TEST_BUCKET}/`.length);
    expect(await status(`${bucket}/${secondKey}`)).toBe(403);
    // The first document's signature presented for the second document.
    const swapped = new URL(first.href);
    swapped.pathname = second.pathname;
    expect(await status(swapped.href)).toBe(403);
    const forged = new URL(first.href);
    forged.searchParams.set('X-Amz-Signature', 'f'.repeat(64));
    expect(await status(forged.href)).toBe(403);
    const longer = new URL(first.href);
    longer.searchParams.set('X-Amz-Expires', '604800');
    expect(await status(longer.href)).toBe(403);
    expect(await status(`${bucket}/${secondKey}`, { method: 'PUT', body: 'overwritten' })).toBe(403);
    expect(await status(`${bucket}/${secondKey}`, { method: 'DELETE' })).toBe(403);
    expect(await status(second.href, { method: 'DELETE' })).toBe(403);
    expect((await direct(decodeURIComponent(secondKey))).status).toBe(200);
    expect(await status(second.href)).toBe(200);
  });

  it('refuses a presigned read once it has expired', async () => {
    const { site, filed } = await lanSite(() => Date.now() + 2 * 60 * 1000);
    const url = await filed(samplePdf('Soon expired'));
    expect((await site.request(url.href)).status).toBe(403);
  });
});
