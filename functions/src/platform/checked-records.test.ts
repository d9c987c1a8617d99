import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../test/test-app.js';
import { requestedCodeIds } from '../add-document/device-request-record.js';
import { filingMarkerPages } from '../add-document/filing-marker-record.js';
import { takeSignIn } from '../auth/sign-in-record.js';
import { codeKey, readCode } from '../codes/single-use-code.js';
import { readUpload } from '../documents/computer-upload-record.js';
import { newShortCode } from '../link/short-code.js';
import { redeemShortCode, shortCodeKeys } from '../link/short-code-record.js';
import { outboxPages } from '../outbox/outbox-record.js';
import { keys } from '../portal/model.js';
import { documentsOf, readDocument, readProcedure } from '../portal/procedure-record.js';
import { StoredItemMismatch } from './checked-read.js';
import type { Deps } from './deps.js';
import { hashToken, newId, newToken } from './tokens.js';

/**
 * Each record module reads its items checked (issue 10): an item that does not have its record's
 * shape (written by an older version, or by hand) is refused with a clear internal error naming the
 * record and the attribute at fault, never its value, instead of being used as if it were right.
 * Each case writes one malformed item straight to the embedded DynamoDB and reads it back through
 * the record module.
 */
const SECRET = 'value-that-must-not-show';

async function put(deps: Deps, Item: Record<string, unknown>) {
  await deps.db.send(new PutCommand({ TableName: deps.config.TABLE_NAME, Item }));
}

async function refusal(read: () => Promise<unknown>) {
  const error = await read().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoredItemMismatch);
  expect((error as Error).message).not.toContain(SECRET);
  return error as StoredItemMismatch;
}

async function drain<T>(pages: AsyncGenerator<T[]>) {
  const all: T[] = [];
  for await (const page of pages) all.push(...page);
  return all;
}

const procedureId = '11111111-2222-4333-8444-555555555555';
const procedure = {
  ...keys.procedure(procedureId),
  procedureId,
  espaceId: 'espace',
  reference: 'REF-1',
  title: { en: 'T', fr: 'T', de: 'T' },
  status: 'active',
  openedAt: '2026-01-01T00:00:00.000Z',
  documentTypes: [],
};
const documentId = '66666666-7777-4888-8999-000000000000';
const document = {
  ...keys.document(procedureId, documentId),
  documentId,
  procedureId,
  typeId: 'type',
  name: 'Payslip',
  status: 'filed',
  fileKey: 'documents/x.pdf',
  contentType: 'application/pdf',
  size: 10,
  filedAt: '2026-01-02T00:00:00.000Z',
  source: 'computer',
};

describe('checked reads of the record modules', () => {
  it('the procedure and its documents (portal/procedure-record.ts)', async () => {
    const t = await testApp();
    await put(t.deps, procedure);
    await put(t.deps, document);
    expect(await readProcedure(t.deps, procedureId)).toMatchObject({ reference: 'REF-1' });
    expect(await readDocument(t.deps, procedureId, documentId)).toMatchObject({ name: 'Payslip' });

    await put(t.deps, { ...procedure, status: SECRET });
    const badProcedure = await refusal(() => readProcedure(t.deps, procedureId));
    expect(badProcedure.record).toBe('procedure');
    expect(badProcedure.paths.join()).toContain('status');

    await put(t.deps, { ...document, size: SECRET });
    expect((await refusal(() => readDocument(t.deps, procedureId, documentId))).paths.join()).toContain(
      'size',
    );
    expect((await refusal(() => documentsOf(t.deps, procedureId))).record).toBe('document');
  });

  it('a computer upload (documents/computer-upload-record.ts)', async () => {
    const t = await testApp();
    const uploadId = newToken();
    await put(t.deps, {
      pk: `UPLOAD#${hashToken(uploadId)}`,
      sk: 'UPLOAD',
      kind: 'computer',
      citizenId: 'c',
      target: { procedureId, action: 'add', typeId: 'type', name: 'Payslip' },
      key: 'incoming/x.pdf',
      contentType: SECRET,
      state: 'pending',
      expiresAt: 1,
    });
    const error = await refusal(() => readUpload(t.deps, uploadId));
    expect(error.record).toBe('computer upload');
    expect(error.paths.join()).toContain('contentType');
  });

  it('a typed short code (link/short-code-record.ts)', async () => {
    const t = await testApp();
    const code = newShortCode();
    const sealer = await shortCodeKeys(t.deps);
    await put(t.deps, {
      pk: `SHORT#${sealer.lookup(code)}`,
      sk: 'SHORT',
      journey: 'link',
      proof: sealer.proof(code),
      sealed: sealer.seal(code, newToken()),
      codeId: 'id',
      redeemed: false,
      misses: SECRET,
      expiresAt: 9_999_999_999,
    });
    const error = await refusal(() => redeemShortCode(t.deps, code, 'link'));
    expect(error.record).toBe('short code');
    expect(error.paths.join()).toContain('misses');
  });

  it('link and upload codes (codes/single-use-code.ts): a malformed one, or one of the other kind', async () => {
    const t = await testApp();
    const common = { citizenId: 'c', state: 'waiting', createdAt: 1, expiresAt: 1 };
    await put(t.deps, { ...codeKey('upload', 'u1'), kind: 'upload', ...common, validUntil: SECRET });
    expect((await refusal(() => readCode(t.deps, 'upload', 'u1'))).paths.join()).toContain('validUntil');
    await put(t.deps, { ...codeKey('link', 'l1'), kind: 'upload', ...common, validUntil: 2 });
    expect((await refusal(() => readCode(t.deps, 'link', 'l1'))).record).toBe('link code');
  });

  it('the outbox, the filing markers, the device requests and the sign-in transactions', async () => {
    const t = await testApp();
    await put(t.deps, {
      pk: 'OUTBOX',
      sk: `MAIL#${newId()}`,
      kind: 'link-confirmation',
      data: { deviceName: SECRET },
      tries: SECRET,
      nextAttemptAt: 1,
      createdAt: 1,
      expiresAt: 1,
    });
    expect((await refusal(() => drain(outboxPages(t.deps)))).record).toBe('outbox entry');

    await put(t.deps, { pk: 'SWEEP#FILING', sk: 'UPLOAD_CODE#x', codeId: 'x', at: SECRET, expiresAt: 1 });
    expect((await refusal(() => drain(filingMarkerPages(t.deps)))).record).toBe('filing marker');

    await put(t.deps, { pk: 'USER#c', sk: 'REQUEST#d#x', codeId: 7, expiresAt: 1 });
    expect((await refusal(() => requestedCodeIds(t.deps, 'c', 'd'))).record).toBe('device request');

    const state = newToken();
    await put(t.deps, {
      pk: `SIGNIN#${hashToken(state)}`,
      sk: 'SIGNIN',
      codeVerifier: SECRET,
      nonce: 'n',
      returnTo: '/',
    });
    const signIn = await refusal(() => takeSignIn(t.deps, state));
    expect(signIn.record).toBe('sign-in transaction');
    expect(signIn.paths.join()).toContain('expiresAt');
  });
});
