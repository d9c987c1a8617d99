import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { signInThroughProvider } from '../../test/sign-in-flow.js';
import { type TestApp, testApp } from '../../test/test-app.js';
import { generateCode, housing } from '../add-document/fixtures/phone-client.js';
import { newLinkCode } from '../link/fixtures/test-phone.js';
import { sessionKey } from './session-record.js';

/** Every DynamoDB command the API sends from now on, with whether it asked for a consistent read. */
function countCommands(t: TestApp) {
  const calls: string[] = [];
  t.deps.db.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as {
        ConsistentRead?: boolean;
        RequestItems?: Record<string, { Keys?: unknown[]; ConsistentRead?: boolean }>;
      };
      // A batch read is consistent when every table's part of it is; it names how many items it reads.
      const batch = input.RequestItems && Object.values(input.RequestItems);
      const consistent = batch ? batch.every((part) => part.ConsistentRead) : input.ConsistentRead;
      const items = batch?.every((part) => part.Keys)
        ? ` ${batch.reduce((sum, part) => sum + (part.Keys?.length ?? 0), 0)} items`
        : '';
      calls.push(`${context.commandName}${items}${consistent ? ' (consistent)' : ''}`);
      return next(args);
    },
    { step: 'initialize', name: 'meCommandCounter' },
  );
  return calls;
}

const marie = {
  signedIn: true,
  citizen: {
    citizenId: 'citizen-marie-schmit',
    name: 'Marie Schmit',
    email: expect.stringContaining('@'),
    espaces: [
      expect.objectContaining({ name: 'Marie Schmit', kind: 'private' }),
      expect.objectContaining({ name: 'Boulangerie Schmit SARL', kind: 'company' }),
    ],
  },
};

describe('/auth/me is one strongly consistent read (issue 14)', () => {
  it('after signing in through the provider: one consistent GetItem of the session, nothing else', async () => {
    const t = await testApp();
    const { sessionCookie } = await signInThroughProvider(t, 'citizen-marie-schmit', 'eid');
    const calls = countCommands(t);
    const me = await t.call('GET', '/api/auth/me', { cookie: sessionCookie });
    expect(me.json).toMatchObject(marie);
    expect(calls).toEqual(['GetItemCommand (consistent)']);
  });

  it('the session slides its idle expiry at most once a minute: then one write more', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const calls = countCommands(t);
    t.clock.advance(2 * 60 * 1000);
    expect((await t.call('GET', '/api/auth/me', { cookie })).json).toMatchObject(marie);
    expect((await t.call('GET', '/api/auth/me', { cookie })).json).toMatchObject(marie);
    expect(calls).toEqual([
      'GetItemCommand (consistent)',
      'UpdateItemCommand',
      'GetItemCommand (consistent)',
    ]);
  });

  it('a session opened before sessions carried the profile still answers it, reading the profile too', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const token = cookie.slice(cookie.indexOf('=') + 1);
    await t.deps.db.send(
      new UpdateCommand({
        TableName: t.deps.config.TABLE_NAME,
        Key: sessionKey(token),
        UpdateExpression: 'REMOVE profile',
      }),
    );
    const calls = countCommands(t);
    expect((await t.call('GET', '/api/auth/me', { cookie })).json).toMatchObject(marie);
    expect(calls).toEqual(['GetItemCommand (consistent)', 'QueryCommand (consistent)']);
  });
});

describe('status polls are one strongly consistent request (issue 14)', () => {
  it('a link code’s status: the session and the code in one consistent BatchGetItem, nothing else', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const { codeId } = await newLinkCode(t, cookie);
    const calls = countCommands(t);
    const answer = await t.call('GET', `/api/link-codes/${codeId}`, { cookie });
    expect([answer.status, answer.json.state]).toEqual([200, 'waiting']);
    expect(calls).toEqual(['BatchGetItemCommand 2 items (consistent)']);
  });

  it('an upload code’s status: the session and the code in one consistent BatchGetItem, nothing else', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const { status } = await generateCode(t, cookie);
    const calls = countCommands(t);
    expect(await status()).toMatchObject({ state: 'waiting' });
    expect(calls).toEqual(['BatchGetItemCommand 2 items (consistent)']);
  });

  it('still refuses what the session does not allow: signed out, expired, another citizen’s code', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const link = await newLinkCode(t, cookie);
    const upload = await generateCode(t, cookie);
    const polls = [
      `/api/link-codes/${link.codeId}`,
      `/api/procedures/${housing.procedureId}/upload-codes/${upload.codeId}`,
    ];
    const luc = await t.signedIn('citizen-luc-weber');
    for (const path of polls) {
      const other = await t.call('GET', path, { cookie: luc });
      expect([path, other.status]).toEqual([path, 404]);
      expect(JSON.stringify(other.json)).not.toContain('waiting');
    }
    await t.call('POST', '/api/auth/sign-out', { cookie });
    for (const path of polls) {
      const signedOut = await t.call('GET', path, { cookie });
      expect([path, signedOut.status, signedOut.json.error.code]).toEqual([path, 401, 'signed_out']);
    }
    const later = await t.signedIn();
    t.clock.advance(31 * 60 * 1000);
    for (const path of polls) {
      const expired = await t.call('GET', path, { cookie: later });
      expect([path, expired.status, expired.json.error.code]).toEqual([path, 401, 'session_expired']);
    }
  });

  it('reads on its own what the batch left unprocessed (DynamoDB under throttling)', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const { codeId } = await newLinkCode(t, cookie);
    // DynamoDB may answer a batch with some keys unprocessed: here, always the second one.
    t.deps.db.middlewareStack.add(
      (next, context) => async (args) => {
        const result = await next(args);
        if (context.commandName !== 'BatchGetItemCommand') return result;
        const output = result.output as {
          Responses?: Record<string, { pk?: string }[]>;
          UnprocessedKeys?: Record<string, { Keys: { pk: string }[]; ConsistentRead?: boolean }>;
        };
        const input = args.input as { RequestItems: Record<string, { Keys: { pk: string }[] }> };
        for (const [table, part] of Object.entries(input.RequestItems)) {
          const left = part.Keys.slice(1);
          const found = output.Responses?.[table] ?? [];
          output.Responses = {
            ...output.Responses,
            [table]: found.filter((item) => !left.some((key) => key.pk === item.pk)),
          };
          output.UnprocessedKeys = { [table]: { Keys: left, ConsistentRead: true } };
        }
        return result;
      },
      { step: 'initialize', name: 'unprocessedKeys' },
    );
    const calls = countCommands(t);
    const answer = await t.call('GET', `/api/link-codes/${codeId}`, { cookie });
    expect([answer.status, answer.json.state]).toEqual([200, 'waiting']);
    expect(calls).toEqual(['BatchGetItemCommand 2 items (consistent)', 'GetItemCommand (consistent)']);
  });
});
