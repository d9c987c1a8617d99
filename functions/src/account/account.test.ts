import { describe, expect, it } from 'vitest';
import { espaces, procedures } from '../../local/demo-data.js';
import { samplePdf } from '../../local/sample-pdf.js';
import { demoProcedure } from '../../test/demo-procedure.js';
import { must } from '../../test/must.js';
import type { TestApp } from '../../test/test-app.js';
import { testApp } from '../../test/test-app.js';
import { generateCode, housing, parking } from '../add-document/fixtures/phone-client.js';
import { GOOD_PASSWORD, linkedPhone } from '../link/fixtures/test-phone.js';
import { deviceUpload } from './fixtures/device-client.js';

const luc = 'citizen-luc-weber';
const lucStudent = demoProcedure('STU-2026-1204');
const business = demoProcedure('BUS-2026-0051');

async function marieWithPhone(t: TestApp) {
  const desktop = await t.signedIn();
  const phone = await linkedPhone(t, desktop);
  return { desktop, phone };
}

async function documentsSeenBy(t: TestApp, desktop: string, procedureId: string) {
  const answer = await t.call('GET', `/api/procedures/${procedureId}`, { cookie: desktop });
  return answer.json.documents as { documentId: string; name: string; source: string; deviceName?: string }[];
}

describe("the citizen's account on a linked phone", () => {
  it('shows the holder, both eSpaces, and My procedures: active first, closed apart, what is missing', async () => {
    const t = await testApp();
    const { phone } = await marieWithPhone(t);
    const account = await phone.get('/api/device/account');
    expect(account.status).toBe(200);
    expect(account.json).toEqual({
      name: 'Marie Schmit',
      espaces: [
        { espaceId: espaces.mariePrivate.espaceId, name: 'Marie Schmit', kind: 'private' },
        { espaceId: espaces.marieCompany.espaceId, name: 'Boulangerie Schmit SARL', kind: 'company' },
      ],
    });
    const own = await phone.get(`/api/device/espaces/${espaces.mariePrivate.espaceId}/procedures`);
    expect(
      own.json.procedures.map((p: { reference: string; status: string; missing: number }) => [
        p.reference,
        p.status,
        p.missing,
      ]),
    ).toEqual([
      ['PRK-2026-0877', 'active', 2],
      ['HOU-2026-0142', 'active', 1],
      ['BIR-2025-3310', 'closed', 0],
    ]);
    const company = await phone.get(`/api/device/espaces/${espaces.marieCompany.espaceId}/procedures`);
    expect(company.json.procedures).toMatchObject([{ reference: 'BUS-2026-0051', missing: 1 }]);
  });

  it('opens a procedure with its documents and downloads a filed one, never rendered on the site', async () => {
    const t = await testApp();
    const { phone } = await marieWithPhone(t);
    const detail = await phone.get(`/api/device/procedures/${housing.procedureId}`);
    expect(detail.status).toBe(200);
    expect(detail.json.procedure.reference).toBe('HOU-2026-0142');
    expect(detail.json.missing).toEqual(['rental-lease']);
    const [document] = detail.json.documents;
    expect(document).toMatchObject({ typeId: 'proof-of-income', status: 'filed' });
    expect(document.fileKey).toBeUndefined();
    const file = await phone.get(
      `/api/device/procedures/${housing.procedureId}/documents/${document.documentId}/file`,
    );
    expect(file.status).toBe(302);
    const url = new URL(must(file.headers.get('location'), "the file link's Location"));
    expect(url.searchParams.get('response-content-disposition')).toMatch(/^attachment;/);
    const bytes = await fetch(url);
    expect(bytes.status).toBe(200);
    expect(
      Buffer.from(await bytes.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('adds, attaches and replaces from the phone through the upload-code pipeline; history names the phone', async () => {
    const t = await testApp();
    const { desktop, phone } = await marieWithPhone(t);
    const start = (procedureId: string, body: unknown) =>
      phone.post(`/api/device/procedures/${procedureId}/uploads`, body);

    const attach = await start(housing.procedureId, { action: 'attach', typeId: 'rental-lease' });
    expect(attach.status).toBe(201);
    expect(attach.json.codeId).toMatch(/^[0-9a-f]{64}$/);
    expect(attach.json.url).toBeUndefined();
    const upload = deviceUpload(t, phone.cookie, attach.json.codeId);
    expect((await upload.read()).json).toMatchObject({ action: 'attach', name: 'Rental lease' });
    expect((await upload.claim()).status).toBe(201);
    const filed = await upload.send(samplePdf('Lease'));
    expect(filed.status).toBe(201);

    const afterAttach = await documentsSeenBy(t, desktop, housing.procedureId);
    const lease = must(
      afterAttach.find((document) => document.name === 'Rental lease'),
      'the attached Rental lease in the procedure',
    );
    expect(lease).toMatchObject({ source: 'phone', deviceName: 'Pixel 7' });
    expect((await phone.get(`/api/device/procedures/${housing.procedureId}`)).json.missing).toEqual([]);

    const replace = await start(housing.procedureId, { action: 'replace', documentId: lease.documentId });
    const replacing = deviceUpload(t, phone.cookie, replace.json.codeId);
    await replacing.claim();
    expect((await replacing.send(samplePdf('Lease, signed'))).status).toBe(201);
    const afterReplace = await documentsSeenBy(t, desktop, housing.procedureId);
    expect(afterReplace.find((d) => d.documentId === lease.documentId)).toMatchObject({ status: 'replaced' });

    // A refused file goes through the same checks: nothing is filed.
    const add = await start(parking.procedureId, { action: 'add', typeId: 'other', name: 'Not a PDF' });
    const refused = deviceUpload(t, phone.cookie, add.json.codeId);
    await refused.claim();
    expect((await refused.send(new TextEncoder().encode('hello, not a pdf'))).status).toBe(422);
    expect(await documentsSeenBy(t, desktop, parking.procedureId)).toHaveLength(0);
  });

  it('answers bad input with a clear 4xx and creates nothing', async () => {
    const t = await testApp();
    const { phone } = await marieWithPhone(t);
    const closed = must(
      procedures.find(
        (procedure) => procedure.status === 'closed' && procedure.espaceId === espaces.mariePrivate.espaceId,
      ),
      "a closed procedure in Marie's private eSpace (demo data)",
    );
    const cases: [string, unknown, number, string][] = [
      [
        `/api/device/procedures/not-a-uuid/uploads`,
        { action: 'add', typeId: 'other' },
        400,
        'invalid_request',
      ],
      [`/api/device/procedures/${housing.procedureId}/uploads`, { action: 'paint' }, 400, 'invalid_request'],
      [
        `/api/device/procedures/${housing.procedureId}/uploads`,
        { action: 'add', typeId: 'nope' },
        400,
        'unknown_document_type',
      ],
      [
        `/api/device/procedures/${housing.procedureId}/uploads`,
        { action: 'attach', typeId: 'proof-of-income' },
        409,
        'already_attached',
      ],
      [
        `/api/device/procedures/${closed.procedureId}/uploads`,
        { action: 'add', typeId: 'identity-document' },
        409,
        'procedure_closed',
      ],
      [
        `/api/device/procedures/00000000-0000-4000-8000-000000000999/uploads`,
        { action: 'add', typeId: 'other' },
        404,
        'not_found',
      ],
    ];
    for (const [path, body, status, code] of cases) {
      const answer = await phone.post(path, body);
      expect([path, answer.status, answer.json.error.code]).toEqual([path, status, code]);
    }
    const missing = await phone.get(
      `/api/device/procedures/${housing.procedureId}/documents/00000000-0000-4000-8000-000000000999/file`,
    );
    expect(missing.status).toBe(404);
    expect((await phone.get('/api/device/espaces/nope/procedures')).status).toBe(400);
  });
});

describe("a device session reaches only its citizen's account (SECURITY.md row 47)", () => {
  it("is refused another citizen's eSpace, procedure and document, reading and changing nothing", async () => {
    const t = await testApp();
    const { phone } = await marieWithPhone(t);
    const lucDesktop = await t.signedIn(luc);
    const [lucDocument] = await documentsSeenBy(t, lucDesktop, lucStudent.procedureId);
    const { documentId: lucDocumentId } = must(lucDocument, "a document in Luc's student procedure");
    for (const answer of [
      await phone.get(`/api/device/espaces/${espaces.lucPrivate.espaceId}/procedures`),
      await phone.get(`/api/device/procedures/${lucStudent.procedureId}`),
      await phone.get(`/api/device/procedures/${lucStudent.procedureId}/documents/${lucDocumentId}/file`),
      await phone.post(`/api/device/procedures/${lucStudent.procedureId}/uploads`, {
        action: 'add',
        typeId: 'proof-of-income',
      }),
    ]) {
      expect(answer.status).toBe(403);
      expect(answer.json.error.code).toBe('forbidden');
      expect(answer.text).not.toContain('STU-2026-1204');
    }
    expect(await documentsSeenBy(t, lucDesktop, lucStudent.procedureId)).toHaveLength(1);
  });

  it('is refused the computer-only routes (link codes, device management, the portal) with 403', async () => {
    const t = await testApp();
    const { desktop, phone } = await marieWithPhone(t);
    const other = await linkedPhone(t, desktop);
    for (const [method, path] of [
      ['POST', '/api/link-codes'],
      ['GET', '/api/devices'],
      ['DELETE', `/api/devices/${other.which().deviceId}`],
      ['GET', `/api/espaces/${espaces.mariePrivate.espaceId}/procedures`],
      ['GET', `/api/procedures/${housing.procedureId}`],
      ['POST', `/api/procedures/${housing.procedureId}/upload-codes`],
    ] as const) {
      const answer = await t.call(method, path, {
        cookie: phone.cookie,
        body: method === 'GET' ? undefined : {},
      });
      expect([path, answer.status, answer.json.error.code]).toEqual([path, 403, 'computer_only']);
    }
    const devices = await t.call('GET', '/api/devices', { cookie: desktop });
    expect(devices.json.devices).toHaveLength(2);
  });

  it('is the only way in: a desktop cookie opens none of the phone routes', async () => {
    const t = await testApp();
    const { desktop } = await marieWithPhone(t);
    for (const path of [
      '/api/device/account',
      `/api/device/procedures/${housing.procedureId}`,
      '/api/device/requests',
    ]) {
      const answer = await t.call('GET', path, { cookie: desktop });
      expect(answer.status).toBe(401);
      expect(answer.json.error.code).toBe('device_session_ended');
    }
  });
});

describe('an unlinked or locked device loses the account at once (SECURITY.md row 48)', () => {
  const paths = [
    '/api/device/account',
    `/api/device/espaces/${espaces.mariePrivate.espaceId}/procedures`,
    `/api/device/procedures/${housing.procedureId}`,
    '/api/device/requests',
  ] as const;

  it('unlinked from the computer: every later request fails, uploads included', async () => {
    const t = await testApp();
    const { desktop, phone } = await marieWithPhone(t);
    const started = await phone.post(`/api/device/procedures/${business.procedureId}/uploads`, {
      action: 'add',
      typeId: 'other',
    });
    expect((await phone.get(paths[0])).status).toBe(200);
    expect(
      (await t.call('DELETE', `/api/devices/${phone.which().deviceId}`, { cookie: desktop })).status,
    ).toBe(200);
    for (const path of paths) {
      const answer = await phone.get(path);
      expect([path, answer.status, answer.json.error.code]).toEqual([path, 410, 'device_unlinked']);
    }
    const upload = deviceUpload(t, phone.cookie, started.json.codeId);
    expect((await upload.claim()).status).toBe(410);
  });

  it('locked after five wrong passwords: the session it had is refused everywhere', async () => {
    const t = await testApp();
    const { phone } = await marieWithPhone(t);
    const unlocked = phone.cookie;
    for (let i = 0; i < 5; i++) await phone.unlock(`${GOOD_PASSWORD} nope`);
    for (const path of paths) {
      const answer = await t.call('GET', path, { cookie: unlocked });
      expect([path, answer.status, answer.json.error.code]).toEqual([path, 403, 'device_locked']);
    }
  });
});

export { generateCode };
