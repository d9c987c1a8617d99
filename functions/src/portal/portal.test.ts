import { describe, expect, it } from 'vitest';
import { demoIds, espaces } from '../../local/demo-data.js';
import { demoProcedure } from '../../test/demo-procedure.js';
import { must } from '../../test/must.js';
import { testApp } from '../../test/test-app.js';

const housing = demoProcedure('HOU-2026-0142');
const business = demoProcedure('BUS-2026-0051');

describe('eSpaces and procedures', () => {
  it('lists the procedures of an eSpace the citizen belongs to', async () => {
    const t = await testApp();
    const cookie = await t.signedIn('citizen-marie-schmit');
    const privateList = await t.call('GET', `/api/espaces/${espaces.mariePrivate.espaceId}/procedures`, {
      cookie,
    });
    expect(privateList.status).toBe(200);
    expect(privateList.json.procedures.map((p: { reference: string }) => p.reference).sort()).toEqual([
      'BIR-2025-3310',
      'HOU-2026-0142',
      'PRK-2026-0877',
    ]);
    const company = await t.call('GET', `/api/espaces/${espaces.marieCompany.espaceId}/procedures`, {
      cookie,
    });
    expect(company.json.procedures.map((p: { reference: string }) => p.reference)).toEqual(['BUS-2026-0051']);
  });

  it("refuses another citizen's eSpace and procedure with 403", async () => {
    const t = await testApp();
    const cookie = await t.signedIn('citizen-luc-weber');
    expect(
      (await t.call('GET', `/api/espaces/${espaces.mariePrivate.espaceId}/procedures`, { cookie })).status,
    ).toBe(403);
    const procedure = await t.call('GET', `/api/procedures/${housing.procedureId}`, { cookie });
    expect(procedure.status).toBe(403);
    expect(procedure.json.error.code).toBe('forbidden');
  });

  it('answers 401 without a session and 400 for a malformed id', async () => {
    const t = await testApp();
    expect((await t.call('GET', `/api/procedures/${housing.procedureId}`)).status).toBe(401);
    const cookie = await t.signedIn();
    const bad = await t.call('GET', '/api/procedures/not-a-uuid', { cookie });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe('invalid_request');
  });

  it('shows a procedure with its document types and filed documents, never the storage key', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const { json } = await t.call('GET', `/api/procedures/${business.procedureId}`, { cookie });
    expect(json.procedure.documentTypes.map((type: { typeId: string }) => type.typeId)).toEqual([
      'trade-register-extract',
      'tax-certificate',
      'other',
    ]);
    expect(json.documents).toHaveLength(1);
    expect(json.documents[0]).toMatchObject({ typeId: 'tax-certificate', status: 'filed' });
    expect(json.documents[0].fileKey).toBeUndefined();
  });

  it('downloads a filed document through a short presigned link, as an attachment', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const { json } = await t.call('GET', `/api/procedures/${business.procedureId}`, { cookie });
    const documentId = json.documents[0].documentId;
    const answer = await t.call(
      'GET',
      `/api/procedures/${business.procedureId}/documents/${documentId}/file`,
      { cookie },
    );
    expect(answer.status).toBe(302);
    const location = new URL(must(answer.headers.get('location'), "the file link's Location"));
    expect(location.searchParams.get('X-Amz-Expires')).toBe('60');
    expect(location.searchParams.get('response-content-disposition')).toMatch(/^attachment;/);
    const file = await fetch(location);
    expect(file.status).toBe(200);
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('refuses anonymous and cross-account downloads with 401/403 (SECURITY.md row 31)', async () => {
    const t = await testApp();
    const marie = await t.signedIn('citizen-marie-schmit');
    const { json } = await t.call('GET', `/api/procedures/${business.procedureId}`, { cookie: marie });
    const path = `/api/procedures/${business.procedureId}/documents/${json.documents[0].documentId}/file`;
    expect((await t.call('GET', path)).status).toBe(401);
    const luc = await t.call('GET', path, { cookie: await t.signedIn('citizen-luc-weber') });
    expect(luc.status).toBe(403);
    expect(luc.headers.get('location')).toBeNull();
  });

  it('answers a JSON 404 for an unknown procedure', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const answer = await t.call('GET', `/api/procedures/${demoIds.id(999)}`, { cookie });
    expect(answer.status).toBe(404);
    expect(answer.json.error.code).toBe('not_found');
  });
});
