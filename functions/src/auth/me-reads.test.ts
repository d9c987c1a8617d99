import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { signInThroughProvider } from '../../test/sign-in-flow.js';
import { type TestApp, testApp } from '../../test/test-app.js';
import { sessionKey } from './session-record.js';

/** Every DynamoDB command the API sends from now on, with whether it asked for a consistent read. */
function countCommands(t: TestApp) {
  const calls: string[] = [];
  t.deps.db.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { ConsistentRead?: boolean };
      calls.push(`${context.commandName}${input.ConsistentRead ? ' (consistent)' : ''}`);
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
