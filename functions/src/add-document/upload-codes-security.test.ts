import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { samplePdf } from '../../local/sample-pdf.js';
import { postFile } from '../../test/storage-post.js';
import { type TestApp, testApp } from '../../test/test-app.js';
import { zeroBomb } from '../documents/fixtures/deflate-bomb.js';
import { simplePdf } from '../documents/fixtures/pdf-writer.js';
import { generateCode, housing, parking, phone } from './fixtures/phone-client.js';

const THIRTY_MINUTES = 30 * 60 * 1000;

async function claimed(t: TestApp, body?: Record<string, unknown>) {
  const cookie = await t.signedIn();
  const code = await generateCode(t, cookie, body);
  const mobile = phone(t, code.token);
  expect((await mobile.claim()).status).toBe(201);
  return { cookie, code, mobile };
}

async function documentCount(t: TestApp, cookie: string, procedureId = housing.procedureId) {
  const detail = await t.call('GET', `/api/procedures/${procedureId}`, { cookie });
  return detail.json.documents.length as number;
}

describe('upload codes: who may use them, and until when (SECURITY.md rows 23, 24)', () => {
  it('refuses a second phone once the first has claimed the code, with a clear message', async () => {
    const t = await testApp();
    const { code } = await claimed(t);
    const second = phone(t, code.token);
    for (const answer of [await second.read(), await second.claim(), await second.presign(100)]) {
      expect(answer.status).toBe(409);
      expect(answer.json.error).toEqual({
        code: 'upload_code_claimed',
        message: expect.stringMatching(/already being used by another phone/),
      });
    }
  });

  it('lets exactly one of 20 phones claim a code at once', async () => {
    const t = await testApp();
    const code = await generateCode(t, await t.signedIn());
    const answers = await Promise.all(Array.from({ length: 20 }, () => phone(t, code.token).claim()));
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
    expect(answers.filter((answer) => answer.status === 409)).toHaveLength(19);
  });

  it('is valid exactly 30 minutes, read from the item (which stays in the table)', async () => {
    const t = await testApp();
    const code = await generateCode(t, await t.signedIn());
    t.clock.advance(THIRTY_MINUTES - 1);
    expect((await phone(t, code.token).read()).status).toBe(200);
    t.clock.advance(1);
    const late = await phone(t, code.token).claim();
    expect(late.status).toBe(410);
    expect(late.json.error.code).toBe('upload_code_expired');
    // The desktop session idled out meanwhile; a fresh sign-in sees the code as expired.
    const path = `/api/procedures/${housing.procedureId}/upload-codes/${code.codeId}`;
    const seen = await t.call('GET', path, { cookie: await t.signedIn() });
    expect(seen.json).toMatchObject({ state: 'expired' });
  });

  it('stops a claimed phone from sending once the 30 minutes are over', async () => {
    const t = await testApp();
    const { mobile } = await claimed(t);
    t.clock.advance(THIRTY_MINUTES);
    const answer = await mobile.presign(100);
    expect(answer.status).toBe(410);
    expect(answer.json.error.code).toBe('upload_code_expired');
  });

  it('is used up once its document is filed: 410 for every phone, the first included', async () => {
    const t = await testApp();
    const { code, mobile } = await claimed(t);
    expect((await mobile.send(samplePdf('Once'))).status).toBe(201);
    for (const answer of [
      await mobile.read(),
      await mobile.send(samplePdf('Twice')),
      await phone(t, code.token).claim(),
    ]) {
      expect(answer.status).toBe(410);
      expect(answer.json.error.code).toBe('upload_code_used');
    }
  });

  it('answers random, truncated and malformed tokens alike', async () => {
    const t = await testApp();
    const code = await generateCode(t, await t.signedIn());
    const answers = await Promise.all(
      ['A'.repeat(43), code.token.slice(0, 20), `${code.token}x`, '<script>', ''].map((token) =>
        phone(t, token).read(),
      ),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(answer.json.error.code).toBe('upload_code_unknown');
    }
  });

  it('refuses a claim posted from another site (SECURITY.md row 9)', async () => {
    const t = await testApp();
    const code = await generateCode(t, await t.signedIn());
    const forged = await phone(t, code.token, {
      origin: 'https://evil.example',
      'sec-fetch-site': 'cross-site',
    }).claim();
    expect(forged.status).toBe(403);
    expect(await code.status()).toMatchObject({ state: 'waiting' });
  });
});

describe('what an upload code can and cannot do (SECURITY.md rows 25, 26)', () => {
  it('ignores procedure, type and document ids in request bodies: everything comes from the code', async () => {
    const t = await testApp();
    const { cookie, code, mobile } = await claimed(t, {
      action: 'add',
      typeId: 'bank-details',
      name: 'IBAN',
    });
    const before = await documentCount(t, cookie, parking.procedureId);
    const tampered = {
      procedureId: parking.procedureId,
      typeId: 'vehicle-registration',
      documentId: '00000000-0000-4000-8000-000000000301',
      action: 'replace',
      name: 'Hijacked',
    };
    const post = await mobile.presign(700, tampered);
    expect(post.status).toBe(201);
    expect(post.json.fields.key).not.toContain(parking.procedureId);
    await postFile(post.json, samplePdf('IBAN'), 'application/pdf');
    expect((await mobile.complete(tampered)).status).toBe(201);
    expect((await code.status()).document).toMatchObject({
      procedureId: housing.procedureId,
      typeId: 'bank-details',
      name: 'IBAN',
    });
    expect(await documentCount(t, cookie, parking.procedureId)).toBe(before);
  });

  it('cannot be used to read anything: procedures, documents, eSpaces answer 403', async () => {
    const t = await testApp();
    const { code } = await claimed(t);
    const filed = '00000000-0000-4000-8000-000000000301';
    const reads = [
      `/api/procedures/${housing.procedureId}`,
      `/api/procedures/${housing.procedureId}/documents/${filed}/file`,
      `/api/procedures/${housing.procedureId}/upload-codes/${code.codeId}`,
      '/api/espaces/00000000-0000-4000-8000-000000000101/procedures',
    ];
    for (const path of reads) {
      const answer = await t.call('GET', path, { headers: { authorization: `Bearer ${code.token}` } });
      expect(answer.status, path).toBe(403);
      expect(answer.json.error.code).toBe('upload_code_not_allowed');
    }
    // Nor is it a session of any kind.
    const asCookie = await t.call('GET', `/api/procedures/${housing.procedureId}`, {
      cookie: `passerelle_session=${code.token}`,
    });
    expect(asCookie.status).toBe(401);
  });
});

describe('files the phone sends (SECURITY.md rows 27–30)', () => {
  it('refuses a declared size over the limit before presigning', async () => {
    const t = await testApp();
    const { mobile } = await claimed(t);
    const answer = await mobile.presign(21 * 1024 * 1024);
    expect(answer.status).toBe(413);
    expect(answer.json.error.code).toBe('file_too_large');
  });

  it('refuses an object over the limit on completion when the declared size lied, and files nothing', async () => {
    const t = await testApp({ MAX_UPLOAD_BYTES: '2000' });
    const { cookie, code, mobile } = await claimed(t);
    const before = await documentCount(t, cookie);
    const post = await mobile.presign(100);
    await postFile(post.json, `%PDF-1.4\n${'x'.repeat(5000)}`, 'application/pdf');
    const answer = await mobile.complete();
    expect(answer.status).toBe(413);
    expect(answer.json.error.code).toBe('file_too_large');
    expect(await documentCount(t, cookie)).toBe(before);
    expect(await code.status()).toMatchObject({ state: 'claimed', refusal: 'file_too_large' });
  });

  const refused: [string, Uint8Array | string, string][] = [
    [
      'a PNG',
      Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'),
      'not_a_pdf',
    ],
    ['an HTML page', '<html><script>alert(1)</script></html>', 'not_a_pdf'],
    ['a ZIP', Buffer.from('504b0304140000000800', 'hex'), 'not_a_pdf'],
    ['an empty file', '', 'file_empty'],
    [
      'JavaScript',
      simplePdf({ catalog: '/Names << /JavaScript 5 0 R >>', extra: ['<< /Names [] >>'] }),
      'pdf_active_content',
    ],
    [
      'an OpenAction',
      simplePdf({ catalog: '/OpenAction << /S /JavaScript /JS (app.alert(1)) >>' }),
      'pdf_active_content',
    ],
    [
      'a Launch action',
      simplePdf({
        extra: ['<< /Type /Annot /Subtype /Link /Rect [0 0 9 9] /A << /S /Launch /F (calc.exe) >> >>'],
        page: '/Annots [5 0 R]',
      }),
      'pdf_active_content',
    ],
    [
      'attachments',
      simplePdf({ catalog: '/Names << /EmbeddedFiles 5 0 R >>', extra: ['<< /Names [] >>'] }),
      'pdf_attachments',
    ],
    [
      'encryption',
      simplePdf({
        extra: ['<< /Filter /Standard /V 2 /R 3 /Length 128 /O <00> /U <00> /P -4 >>'],
        trailer: '/Encrypt 5 0 R',
      }),
      'pdf_encrypted',
    ],
    ['too many pages', simplePdf({ pages: 51 }), 'pdf_too_many_pages'],
    [
      'a decompression bomb',
      simplePdf({ extra: [{ dict: '/Filter /FlateDecode', data: zeroBomb(200) }], page: '/Contents 5 0 R' }),
      'pdf_too_complex',
    ],
  ];

  it.each(refused)(
    'refuses %s on completion, files nothing, and keeps the code for another file',
    async (_what, bytes, reason) => {
      const t = await testApp();
      const { cookie, code, mobile } = await claimed(t);
      const before = await documentCount(t, cookie);
      const answer = await mobile.send(bytes);
      expect(answer.status).toBe(422);
      expect(answer.json.error.code).toBe(reason);
      expect(await documentCount(t, cookie)).toBe(before);
      expect(await code.status()).toMatchObject({ state: 'claimed', refusal: reason });
      expect((await mobile.send(samplePdf('The right file'))).status).toBe(201);
    },
  );
});

describe('resilience (SECURITY.md rows 32, 33, 35)', () => {
  it('answers 429 when presigned POSTs are flooded on one code', async () => {
    const t = await testApp();
    const { mobile } = await claimed(t);
    const answers = [];
    for (let i = 0; i < 12; i++) answers.push((await mobile.presign(100)).status);
    expect(answers.slice(0, 10).every((status) => status === 201)).toBe(true);
    expect(answers.slice(10)).toEqual([429, 429]);
  });

  it('says the file did not arrive when storage never got it, and a retry later succeeds', async () => {
    const t = await testApp();
    const { mobile } = await claimed(t);
    await mobile.presign(700);
    const lost = await mobile.complete();
    expect(lost.status).toBe(409);
    expect(lost.json.error.code).toBe('upload_missing');
    expect((await mobile.send(samplePdf('Retry'))).status).toBe(201);
  });

  it('files one document per code when two tabs made two codes for one procedure', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const before = await documentCount(t, cookie);
    const first = await generateCode(t, cookie, { action: 'add', typeId: 'other', name: 'First tab' });
    const second = await generateCode(t, cookie, { action: 'add', typeId: 'other', name: 'Second tab' });
    const phones = [phone(t, first.token), phone(t, second.token)];
    await Promise.all(phones.map((mobile) => mobile.claim()));
    const filed = await Promise.all(phones.map((mobile, i) => mobile.send(samplePdf(`Tab ${i + 1}`))));
    expect(filed.map((answer) => answer.json.document.name)).toEqual(['First tab', 'Second tab']);
    const ids = [(await first.status()).document.documentId, (await second.status()).document.documentId];
    expect(new Set(ids).size).toBe(2);
    expect(await documentCount(t, cookie)).toBe(before + 2);
  });

  it('keeps both files when two codes replace the same document', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const detail = await t.call('GET', `/api/procedures/${housing.procedureId}`, { cookie });
    const old = detail.json.documents.find((d: { typeId: string }) => d.typeId === 'proof-of-income');
    const codes = [
      await generateCode(t, cookie, { action: 'replace', documentId: old.documentId }),
      await generateCode(t, cookie, { action: 'replace', documentId: old.documentId }),
    ];
    for (const code of codes) {
      const mobile = phone(t, code.token);
      await mobile.claim();
      expect((await mobile.send(samplePdf('Income'))).status).toBe(201);
    }
    const after = await t.call('GET', `/api/procedures/${housing.procedureId}`, { cookie });
    const income = after.json.documents.filter((d: { typeId: string }) => d.typeId === 'proof-of-income');
    expect(income.map((d: { status: string }) => d.status).sort()).toEqual(['filed', 'filed', 'replaced']);
  });
});

describe('a code stopped between consuming and filing (SECURITY.md row 39, first part)', () => {
  it('never tells the phone its document was added while no document exists', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const code = await generateCode(t, cookie);
    const mobile = phone(t, code.token);
    await mobile.claim();
    // What a crash after the consuming write leaves behind: the code says 'filing', no document.
    await t.deps.db.send(
      new UpdateCommand({
        TableName: t.deps.config.TABLE_NAME,
        Key: { pk: `UPLOAD#${code.codeId}`, sk: 'UPLOAD' },
        UpdateExpression: 'SET #state = :filing',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':filing': 'filing' },
      }),
    );
    const retry = await mobile.complete();
    expect(retry.status).toBe(409);
    expect(retry.json.error.code).toBe('upload_code_filing');
    expect(retry.json.error.message).not.toMatch(/added\./);
    expect((await code.status()).state).not.toBe('filed');
  });
});
