import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { samplePdf } from '../../local/sample-pdf.js';
import { type TestApp, testApp } from '../../test/test-app.js';
import { generateCode, housing, phone } from '../add-document/fixtures/phone-client.js';
import { newLinkCode } from '../link/fixtures/test-phone.js';
import type { ApiError } from '../platform/errors.js';
import {
  codeError,
  codeIdOf,
  codeKey,
  createCode,
  readCode,
  type SingleUseCode,
  secondsLeft,
  transition,
} from './single-use-code.js';

type Probe = SingleUseCode<'waiting' | 'taken'>;
const LIFETIME = { validMs: 60_000, keptSeconds: 0 };

/** Every command the API sends to DynamoDB from now on, with the key it names (a middleware on the client). */
function recordCommands(t: TestApp) {
  const seen: { command: string; pk?: string; pks?: string[] }[] = [];
  t.deps.db.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as {
        Key?: { pk?: unknown };
        RequestItems?: Record<string, { Keys?: { pk?: unknown }[] }>;
      };
      const command = String(context.commandName);
      // A batch read names the keys of all it reads.
      if (input.RequestItems) {
        const pks = Object.values(input.RequestItems).flatMap((part) => part.Keys ?? []);
        seen.push({ command, pks: pks.map((key) => String(key.pk ?? '')) });
      } else seen.push({ command, pk: String(input.Key?.pk ?? '') });
      return next(args);
    },
    { step: 'initialize', name: 'recordCommands' },
  );
  return seen;
}

describe('one single-use code module', () => {
  it('stores only the hash, under its kind’s own prefix, and reads it back only as that kind', async () => {
    const t = await testApp();
    const { token, codeId, code } = await createCode<Probe>(
      t.deps,
      'upload',
      { citizenId: 'c', state: 'waiting' },
      LIFETIME,
    );
    expect(codeId).toBe(codeIdOf(token));
    expect(code.pk).toBe(`UPLOAD_CODE#${codeId}`);
    expect(codeKey('link', codeId).pk).toBe(`LINK_CODE#${codeId}`);
    const { Items } = await t.deps.db.send(new ScanCommand({ TableName: t.deps.config.TABLE_NAME }));
    expect(JSON.stringify(Items)).not.toContain(token);
    expect(await readCode(t.deps, 'upload', codeId)).toMatchObject({ state: 'waiting', citizenId: 'c' });
    expect(await readCode(t.deps, 'link', codeId)).toBeUndefined();
  });

  it('counts seconds left on the server, down to 0 at expiry and never below', async () => {
    const t = await testApp();
    const { code } = await createCode<Probe>(t.deps, 'link', { citizenId: 'c', state: 'waiting' }, LIFETIME);
    expect(secondsLeft(code, t.clock.now())).toBe(60);
    expect(secondsLeft(code, t.clock.now() + 59_001)).toBe(1);
    expect(secondsLeft(code, t.clock.now() + 60_000)).toBe(0);
    expect(secondsLeft(code, t.clock.now() + 90_000)).toBe(0);
  });

  it('lets exactly one of many simultaneous transitions win; the others get the explained refusal', async () => {
    const t = await testApp();
    const { codeId } = await createCode<Probe>(
      t.deps,
      'upload',
      { citizenId: 'c', state: 'waiting' },
      LIFETIME,
    );
    const attempts = await Promise.allSettled(
      Array.from({ length: 12 }, (_, n) =>
        transition<Probe>(
          t.deps,
          'upload',
          codeId,
          {
            set: 'SET #state = :taken, winner = :n',
            condition: '#state = :waiting',
            values: { ':taken': 'taken', ':waiting': 'waiting', ':n': n },
          },
          (current) => codeError('upload', current ? 'claimed' : 'unknown'),
        ),
      ),
    );
    const won = attempts.filter((attempt) => attempt.status === 'fulfilled');
    expect(won).toHaveLength(1);
    const refused = attempts.filter((attempt) => attempt.status === 'rejected');
    expect(refused.map((attempt) => (attempt.reason as ApiError).code)).toEqual(
      Array(11).fill('upload_code_claimed'),
    );
    expect(await readCode(t.deps, 'upload', codeId)).toMatchObject({ state: 'taken' });
  });

  it('explains a refusal on a code that does not exist', async () => {
    const t = await testApp();
    const refusal = await transition<Probe>(
      t.deps,
      'link',
      codeIdOf('nothing-here'),
      { set: 'SET #state = :taken', condition: 'attribute_exists(pk)', values: { ':taken': 'taken' } },
      (current) => codeError('link', current ? 'used' : 'unknown'),
    ).catch((error: ApiError) => error);
    expect(refusal).toMatchObject({ status: 404, code: 'link_code_unknown' });
  });

  it('refuses a code at its expiry on read, although the item is still in the table (row 3)', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const code = await generateCode(t, cookie);
    t.clock.advance(30 * 60 * 1000);
    const answer = await phone(t, code.token).read();
    expect(answer.json.error.code).toBe('upload_code_expired');
    expect(await readCode(t.deps, 'upload', code.codeId)).toMatchObject({ state: 'waiting' });
    // Its owner, signed in again (the first session has run out meanwhile), sees it expired.
    const owner = await t.call('GET', `/api/procedures/${housing.procedureId}/upload-codes/${code.codeId}`, {
      cookie: await t.signedIn(),
    });
    expect(owner.json).toMatchObject({ state: 'expired', secondsLeft: 0 });
  });
});

describe('a status poll (issue #14: one strongly consistent request, the session and the code, nothing else)', () => {
  it('reads a link code once, with the session the guard reads', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const { codeId } = await newLinkCode(t, cookie);
    const seen = recordCommands(t);
    const answer = await t.call('GET', `/api/link-codes/${codeId}`, { cookie });
    expect(answer.json).toMatchObject({ state: 'waiting', secondsLeft: 300 });
    expect(seen).toEqual([
      { command: 'BatchGetItemCommand', pks: [expect.stringMatching(/^SESSION#/), `LINK_CODE#${codeId}`] },
    ]);
  });

  it('reads an upload code once, with the session, even once its document is filed', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const code = await generateCode(t, cookie);
    const mobile = phone(t, code.token);
    expect((await mobile.claim()).status).toBe(201);
    expect((await mobile.send(samplePdf('Payslip'))).status).toBe(201);
    const seen = recordCommands(t);
    const status = await code.status();
    expect(status).toMatchObject({ state: 'filed', document: { name: 'Payslip October', pages: 1 } });
    expect(status.document.fileKey).toBeUndefined();
    expect(seen).toEqual([
      {
        command: 'BatchGetItemCommand',
        pks: [expect.stringMatching(/^SESSION#/), `UPLOAD_CODE#${code.codeId}`],
      },
    ]);
  });
});
