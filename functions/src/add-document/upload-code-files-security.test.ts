import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { samplePdf } from '../../local/sample-pdf.js';
import { postFile } from '../../test/storage-post.js';
import { testApp } from '../../test/test-app.js';
import { codeKey } from '../codes/single-use-code.js';
import { zeroBomb } from '../documents/fixtures/deflate-bomb.js';
import { simplePdf } from '../documents/fixtures/pdf-writer.js';
import { claimed, documentCount } from './fixtures/claimed-code.js';
import { generateCode, housing, phone } from './fixtures/phone-client.js';

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
        Key: codeKey('upload', code.codeId),
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
