import { describe, expect, it } from 'vitest';
import { samplePdf } from '../../local/sample-pdf.js';
import { postFile } from '../../test/storage-post.js';
import { testApp } from '../../test/test-app.js';
import { claimed, documentCount } from './fixtures/claimed-code.js';
import { generateCode, housing, parking, phone } from './fixtures/phone-client.js';

const THIRTY_MINUTES = 30 * 60 * 1000;

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
