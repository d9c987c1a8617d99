import { describe, expect, it } from 'vitest';
import { samplePdf } from '../../local/sample-pdf.js';
import { demoProcedure } from '../../test/demo-procedure.js';
import { postFile } from '../../test/storage-post.js';
import { type TestApp, testApp } from '../../test/test-app.js';

const housing = demoProcedure('HOU-2026-0142');
const closed = demoProcedure('BIR-2025-3310');

async function upload(
  t: TestApp,
  cookie: string,
  body: Record<string, unknown>,
  bytes: Uint8Array | string,
  type = 'application/pdf',
) {
  const size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.byteLength;
  const created = await t.call('POST', `/api/procedures/${housing.procedureId}/uploads`, {
    cookie,
    body: { contentType: type, size, ...body },
  });
  expect(created.status, created.text).toBe(201);
  await postFile(created.json, bytes, type);
  return t.call('POST', `/api/procedures/${housing.procedureId}/uploads/${created.json.uploadId}/complete`, {
    cookie,
  });
}

describe("'My computer' uploads", () => {
  it('attaches a PDF to a required type that had none, with a presigned POST fixing type and size', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const created = await t.call('POST', `/api/procedures/${housing.procedureId}/uploads`, {
      cookie,
      body: { action: 'attach', typeId: 'rental-lease', contentType: 'application/pdf', size: 900 },
    });
    expect(created.status).toBe(201);
    const policy = JSON.parse(Buffer.from(created.json.fields.Policy, 'base64').toString());
    expect(policy.conditions).toContainEqual(['content-length-range', 1, 20 * 1024 * 1024]);
    expect(policy.conditions).toContainEqual(['eq', '$Content-Type', 'application/pdf']);
    expect(created.json.fields.key).toMatch(/^incoming\/[0-9a-f]{32}\/[0-9a-f-]{36}\.pdf$/);

    const filed = await upload(
      t,
      cookie,
      { action: 'attach', typeId: 'rental-lease', name: 'Lease <b>2026</b>\u202E' },
      samplePdf('Lease'),
    );
    expect(filed.status).toBe(201);
    expect(filed.json.document).toMatchObject({
      typeId: 'rental-lease',
      status: 'filed',
      pages: 1,
      source: 'computer',
      name: 'Lease <b>2026</b>',
    });
    const detail = await t.call('GET', `/api/procedures/${housing.procedureId}`, { cookie });
    expect(
      detail.json.documents.some(
        (d: { documentId: string }) => d.documentId === filed.json.document.documentId,
      ),
    ).toBe(true);
  });

  it('replaces a filed document and keeps the old one as history', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const before = await t.call('GET', `/api/procedures/${housing.procedureId}`, { cookie });
    const old = before.json.documents.find((d: { typeId: string }) => d.typeId === 'proof-of-income');
    const filed = await upload(
      t,
      cookie,
      { action: 'replace', documentId: old.documentId, typeId: 'bank-details' },
      samplePdf('Income'),
    );
    expect(filed.status).toBe(201);
    // The type comes from the replaced document, not from the body.
    expect(filed.json.document).toMatchObject({ typeId: 'proof-of-income', replaces: old.documentId });
    const after = await t.call('GET', `/api/procedures/${housing.procedureId}`, { cookie });
    const oldNow = after.json.documents.find((d: { documentId: string }) => d.documentId === old.documentId);
    expect(oldNow).toMatchObject({ status: 'replaced', replacedBy: filed.json.document.documentId });
  });

  it('accepts a JPEG from the computer as it is', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const jpeg = Buffer.from('ffd8ffe000104a46494600010100000100010000ffc0000b080010001001011100ffd9', 'hex');
    const filed = await upload(t, cookie, { action: 'add', typeId: 'other' }, jpeg, 'image/jpeg');
    expect(filed.status, filed.text).toBe(201);
    expect(filed.json.document.contentType).toBe('image/jpeg');
  });

  it.each([
    ['HTML', '<html><script>alert(1)</script></html>', 'not_a_pdf'],
    [
      'PNG',
      Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'),
      'not_a_pdf',
    ],
    ['ZIP', Buffer.from('504b0304140000000800', 'hex'), 'not_a_pdf'],
  ])('refuses %s presented as a PDF and files nothing (SECURITY.md row 28)', async (_name, bytes, code) => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const before = await t.call('GET', `/api/procedures/${housing.procedureId}`, { cookie });
    const answer = await upload(t, cookie, { action: 'add', typeId: 'other' }, bytes);
    expect(answer.status).toBe(422);
    expect(answer.json.error.code).toBe(code);
    const after = await t.call('GET', `/api/procedures/${housing.procedureId}`, { cookie });
    expect(after.json.documents).toHaveLength(before.json.documents.length);
  });

  it('refuses a declared size over the limit before anything is sent', async () => {
    const t = await testApp();
    const answer = await t.call('POST', `/api/procedures/${housing.procedureId}/uploads`, {
      cookie: await t.signedIn(),
      body: { action: 'add', typeId: 'other', contentType: 'application/pdf', size: 21 * 1024 * 1024 },
    });
    expect(answer.status).toBe(413);
    expect(answer.json.error.code).toBe('file_too_large');
  });

  it('refuses an object larger than the limit on completion even when the declared size lied (SECURITY.md row 27)', async () => {
    const t = await testApp({ MAX_UPLOAD_BYTES: '2000' });
    const cookie = await t.signedIn();
    const answer = await upload(
      t,
      cookie,
      { action: 'add', typeId: 'other', size: 100 },
      `%PDF-1.4\n${'x'.repeat(5000)}`,
    );
    expect(answer.status).toBe(413);
    expect(answer.json.error.code).toBe('file_too_large');
  });

  it('refuses "Attach" for a type that already has a file, and unknown types', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const attach = await t.call('POST', `/api/procedures/${housing.procedureId}/uploads`, {
      cookie,
      body: { action: 'attach', typeId: 'proof-of-income', contentType: 'application/pdf', size: 10 },
    });
    expect(attach.status).toBe(409);
    expect(attach.json.error.code).toBe('already_attached');
    const unknown = await t.call('POST', `/api/procedures/${housing.procedureId}/uploads`, {
      cookie,
      body: { action: 'add', typeId: 'passport-photo', contentType: 'application/pdf', size: 10 },
    });
    expect(unknown.json.error.code).toBe('unknown_document_type');
  });

  it('refuses uploads into a closed procedure', async () => {
    const t = await testApp();
    const answer = await t.call('POST', `/api/procedures/${closed.procedureId}/uploads`, {
      cookie: await t.signedIn(),
      body: { action: 'add', typeId: 'identity-document', contentType: 'application/pdf', size: 10 },
    });
    expect(answer.status).toBe(409);
    expect(answer.json.error.code).toBe('procedure_closed');
  });

  it('files an upload once, however often completion is asked', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const created = await t.call('POST', `/api/procedures/${housing.procedureId}/uploads`, {
      cookie,
      body: { action: 'add', typeId: 'other', contentType: 'application/pdf', size: 600 },
    });
    await postFile(created.json, samplePdf('Once'), 'application/pdf');
    const path = `/api/procedures/${housing.procedureId}/uploads/${created.json.uploadId}/complete`;
    const answers = await Promise.all([1, 2, 3].map(() => t.call('POST', path, { cookie })));
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
  });

  it("does not let another citizen complete someone's upload", async () => {
    const t = await testApp();
    const created = await t.call('POST', `/api/procedures/${housing.procedureId}/uploads`, {
      cookie: await t.signedIn('citizen-marie-schmit'),
      body: { action: 'add', typeId: 'other', contentType: 'application/pdf', size: 600 },
    });
    const path = `/api/procedures/${housing.procedureId}/uploads/${created.json.uploadId}/complete`;
    const answer = await t.call('POST', path, { cookie: await t.signedIn('citizen-luc-weber') });
    expect(answer.status).toBe(404);
  });

  it('validates the body with a clear error', async () => {
    const t = await testApp();
    const answer = await t.call('POST', `/api/procedures/${housing.procedureId}/uploads`, {
      cookie: await t.signedIn(),
      body: { action: 'delete-everything', contentType: 'text/html', size: -1 },
    });
    expect(answer.status).toBe(400);
    expect(answer.json.error.code).toBe('invalid_request');
    expect(answer.json.error.details.fields.map((field: { path: string }) => field.path).sort()).toEqual([
      'action',
      'contentType',
      'size',
    ]);
  });
});
