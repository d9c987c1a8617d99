import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { samplePdf } from '../../local/sample-pdf.js';
import { must } from '../../test/must.js';
import { postFile } from '../../test/storage-post.js';
import { testApp } from '../../test/test-app.js';
import { createSession } from '../auth/sessions.js';
import { createDevice } from '../devices/new-device.js';
import { generateCode, housing, phone } from './fixtures/phone-client.js';

describe("'My mobile app': generating a code on the computer", () => {
  it('answers a URL to /app/add with the token in the fragment, valid 30 minutes, storing only its SHA-256', async () => {
    const t = await testApp();
    const code = await generateCode(t, await t.signedIn());
    expect(code.url).toMatch(new RegExp(`^${t.origin}/app/add#[A-Za-z0-9_-]{43}$`));
    expect(code.secondsLeft).toBe(30 * 60);
    const { Items } = await t.deps.db.send(new ScanCommand({ TableName: t.deps.config.TABLE_NAME }));
    expect(JSON.stringify(Items)).not.toContain(code.token);
    expect(Items).toContainEqual(
      expect.objectContaining({ pk: `UPLOAD_CODE#${code.codeId}`, kind: 'upload', state: 'waiting' }),
    );
    expect(await code.status()).toMatchObject({ state: 'waiting', secondsLeft: 30 * 60 });
  });

  it('checks the choice against the procedure as for the computer: type, attach, closed procedures', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const path = `/api/procedures/${housing.procedureId}/upload-codes`;
    const unknown = await t.call('POST', path, { cookie, body: { action: 'add', typeId: 'passport' } });
    expect(unknown.json.error.code).toBe('unknown_document_type');
    const attached = await t.call('POST', path, {
      cookie,
      body: { action: 'attach', typeId: 'proof-of-income' },
    });
    expect(attached.json.error.code).toBe('already_attached');
    const closed = await t.call('POST', '/api/procedures/00000000-0000-4000-8000-000000000203/upload-codes', {
      cookie,
      body: { action: 'add', typeId: 'identity-document' },
    });
    expect(closed.json.error.code).toBe('procedure_closed');
  });

  it("lets no other citizen follow or cancel someone's code", async () => {
    const t = await testApp();
    const code = await generateCode(t, await t.signedIn('citizen-marie-schmit'));
    const path = `/api/procedures/${housing.procedureId}/upload-codes/${code.codeId}`;
    const luc = await t.signedIn('citizen-luc-weber');
    expect((await t.call('GET', path, { cookie: luc })).status).toBe(404);
    expect((await t.call('DELETE', path, { cookie: luc })).status).toBe(404);
    expect((await t.call('GET', path)).status).toBe(401);
  });
});

describe("'Add a document' on the phone, from scan to filed", () => {
  it('shows what the code is for, claims it, reports progress, files the PDF, and the computer follows', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const code = await generateCode(t, cookie);
    const mobile = phone(t, code.token);

    const summary = await mobile.read();
    expect(summary.status).toBe(200);
    expect(summary.json).toMatchObject({
      action: 'add',
      procedure: { title: housing.title, reference: 'HOU-2026-0142' },
      type: { label: { en: 'Other document' } },
      name: 'Payslip October',
      // Masked as on the link screen: the holder recognises it, a stranger learns little.
      owner: 'M**** S*****',
      claimedByYou: false,
      limits: { maxBytes: 20 * 1024 * 1024, maxPages: 50 },
    });
    expect(JSON.stringify(summary.json)).not.toMatch(/documents|Marie|Schmit/);

    expect((await mobile.claim()).status).toBe(201);
    expect(await code.status()).toMatchObject({ state: 'claimed' });
    expect((await mobile.read()).json.claimedByYou).toBe(true);

    const bytes = samplePdf('Payslip');
    const post = await mobile.presign(bytes.byteLength);
    expect(post.status).toBe(201);
    const policy = JSON.parse(Buffer.from(post.json.fields.Policy, 'base64').toString());
    expect(policy.conditions).toContainEqual(['content-length-range', 1, 20 * 1024 * 1024]);
    expect(policy.conditions).toContainEqual(['eq', '$Content-Type', 'application/pdf']);
    expect(post.json.fields.key).toMatch(/^incoming\/[0-9a-f]{32}\/[0-9a-f-]{36}\.pdf$/);
    expect(await code.status()).toMatchObject({ state: 'uploading', percent: 0 });
    await postFile(post.json, bytes, 'application/pdf');
    expect((await mobile.progress(40)).status).toBe(204);
    expect(await code.status()).toMatchObject({ state: 'uploading', percent: 40 });

    const done = await mobile.complete();
    expect(done.status, done.text).toBe(201);
    expect(done.json.document).toEqual({ name: 'Payslip October', pages: 1, size: bytes.byteLength });

    const status = await code.status();
    expect(status).toMatchObject({
      state: 'filed',
      document: { name: 'Payslip October', typeId: 'other', source: 'phone', status: 'filed', pages: 1 },
    });
    const detail = await t.call('GET', `/api/procedures/${housing.procedureId}`, { cookie });
    expect(detail.json.documents.map((d: { documentId: string }) => d.documentId)).toContain(
      status.document.documentId,
    );
    const download = await t.call(
      'GET',
      `/api/procedures/${housing.procedureId}/documents/${status.document.documentId}/file`,
      { cookie },
    );
    const file = await fetch(must(download.headers.get('location'), "the file link's Location"));
    expect(Buffer.compare(Buffer.from(await file.arrayBuffer()), Buffer.from(bytes))).toBe(0);
  });

  it("'Replace' files the new PDF under the replaced document's type and keeps the old one as history", async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const before = await t.call('GET', `/api/procedures/${housing.procedureId}`, { cookie });
    const old = before.json.documents.find((d: { typeId: string }) => d.typeId === 'proof-of-income');
    const code = await generateCode(t, cookie, { action: 'replace', documentId: old.documentId });
    const mobile = phone(t, code.token);
    expect((await mobile.read()).json).toMatchObject({
      action: 'replace',
      type: { label: { en: 'Proof of income' } },
    });
    await mobile.claim();
    expect((await mobile.send(samplePdf('New income'))).status).toBe(201);
    const { document } = await code.status();
    expect(document).toMatchObject({ typeId: 'proof-of-income', replaces: old.documentId });
    const after = await t.call('GET', `/api/procedures/${housing.procedureId}`, { cookie });
    const oldNow = after.json.documents.find((d: { documentId: string }) => d.documentId === old.documentId);
    expect(oldNow).toMatchObject({ status: 'replaced', replacedBy: document.documentId });
  });

  it('names the phone on the computer when it is linked to the same account', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const citizenId = 'citizen-marie-schmit';
    await createDevice(t.deps, {
      citizenId,
      deviceId: 'device-1',
      name: "Marie's Pixel",
      publicKey: { kty: 'EC', crv: 'P-256' },
      password: 'a long enough app password',
      userAgent: undefined,
    });
    const now = Math.floor(t.clock.now() / 1000);
    const { token } = await createSession(
      t.deps,
      { kind: 'device', citizenId, deviceId: 'device-1', authTime: now },
      { idleSeconds: 600, maxSeconds: 3600 },
    );
    const code = await generateCode(t, cookie);
    const mobile = phone(t, code.token, { cookie: `passerelle_device=${token}` });
    await mobile.claim();
    expect(await code.status()).toMatchObject({ state: 'claimed', deviceName: "Marie's Pixel" });
  });

  it('lets the phone give the code back, and the computer cancel it', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const code = await generateCode(t, cookie);
    const first = phone(t, code.token);
    await first.claim();
    expect((await first.release()).status).toBe(204);
    expect(await code.status()).toMatchObject({ state: 'waiting' });
    const second = phone(t, code.token);
    expect((await second.claim()).status).toBe(201);

    const path = `/api/procedures/${housing.procedureId}/upload-codes/${code.codeId}`;
    expect((await t.call('DELETE', path, { cookie })).status).toBe(204);
    expect(await code.status()).toMatchObject({ state: 'cancelled' });
    const refused = await second.presign(100);
    expect(refused.status).toBe(410);
    expect(refused.json.error.code).toBe('upload_code_cancelled');
    expect((await phone(t, code.token).read()).json.error.code).toBe('upload_code_cancelled');
  });
});
