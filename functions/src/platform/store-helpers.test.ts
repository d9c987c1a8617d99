import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { testApp } from '../../test/test-app.js';
import { checkedItem, checkedItems, StoredItemMismatch } from './checked-read.js';
import { conditionalWrite, isConditionalFailure } from './conditional.js';
import { ApiError } from './errors.js';

const thing = z.object({ pk: z.string(), sk: z.literal('THING'), count: z.number() });

describe('guarded writes (platform/conditional.ts), on the embedded DynamoDB', () => {
  it('true when written, false when the condition does not hold; an explained refusal throws its ApiError', async () => {
    const t = await testApp();
    const TableName = t.deps.config.TABLE_NAME;
    const put = () =>
      t.deps.db.send(
        new PutCommand({
          TableName,
          Item: { pk: 'THING#1', sk: 'THING', count: 1 },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    expect(await conditionalWrite(put())).toBe(true);
    expect(await conditionalWrite(put())).toBe(false);
    const refused = await conditionalWrite(
      put(),
      () => new ApiError(409, 'credential_exists', 'It exists.'),
    ).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).code).toBe('credential_exists');
    // With a refusal, a write that passes gives back its output.
    const { Attributes } = await conditionalWrite(
      t.deps.db.send(
        new UpdateCommand({
          TableName,
          Key: { pk: 'THING#1', sk: 'THING' },
          UpdateExpression: 'ADD #count :one',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#count': 'count' },
          ExpressionAttributeValues: { ':one': 1 },
          ReturnValues: 'ALL_NEW',
        }),
      ),
      () => new ApiError(404, 'not_found', 'Gone.'),
    );
    expect(Attributes?.count).toBe(2);
  });

  it('any other error is rethrown as it is, never taken for a refusal', async () => {
    const t = await testApp();
    const missingTable = t.deps.db.send(
      new GetCommand({ TableName: 'no-such-table', Key: { pk: 'x', sk: 'y' } }),
    );
    const error = await conditionalWrite(missingTable).catch((e: unknown) => e);
    expect((error as Error).name).toBe('ResourceNotFoundException');
    expect(isConditionalFailure(error)).toBe(false);
    expect(isConditionalFailure(new Error('plain'))).toBe(false);
    expect(isConditionalFailure('ConditionalCheckFailedException')).toBe(false);
  });
});

describe('checked reads (platform/checked-read.ts)', () => {
  it('gives back the item as stored when it matches, undefined when there is none', async () => {
    const t = await testApp();
    const TableName = t.deps.config.TABLE_NAME;
    const Item = { pk: 'THING#2', sk: 'THING', count: 3, extra: 'kept' };
    await t.deps.db.send(new PutCommand({ TableName, Item }));
    const read = await t.deps.db.send(new GetCommand({ TableName, Key: { pk: 'THING#2', sk: 'THING' } }));
    expect(checkedItem('thing', thing, read.Item)).toEqual(Item);
    expect(checkedItem('thing', thing, undefined)).toBeUndefined();
    expect(checkedItems('thing', thing, [Item, Item])).toHaveLength(2);
    expect(checkedItems('thing', thing, undefined)).toEqual([]);
  });

  it('a stored item that does not match is a clear internal error naming the attributes, not their values', () => {
    const error = (() => {
      try {
        checkedItem('thing', thing, { pk: 'THING#3', sk: 'THING', count: 'secret-value' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(StoredItemMismatch);
    expect((error as StoredItemMismatch).record).toBe('thing');
    expect((error as Error).message).toMatch(/thing.*count/);
    expect((error as Error).message).not.toContain('secret-value');
    // A type guard works the same way.
    const isThing = (item: unknown): item is { pk: string } =>
      typeof (item as { pk?: unknown }).pk === 'string';
    expect(checkedItem('thing', isThing, { pk: 'p' })).toEqual({ pk: 'p' });
    expect(() => checkedItem('thing', isThing, { pk: 1 })).toThrow(StoredItemMismatch);
  });

  it('the API answers a mismatched stored item with a generic 500, never its content', async () => {
    const t = await testApp();
    // A citizen session item written without its expiry: reading it must not pass for a session.
    const cookie = await t.signedIn();
    const token = cookie.split('=')[1] ?? '';
    const { hashToken } = await import('./tokens.js');
    await t.deps.db.send(
      new UpdateCommand({
        TableName: t.deps.config.TABLE_NAME,
        Key: { pk: `SESSION#${hashToken(token)}`, sk: 'SESSION' },
        UpdateExpression: 'SET expiresAt = :bad',
        ExpressionAttributeValues: { ':bad': 'not-a-number' },
      }),
    );
    const me = await t.call('GET', '/api/auth/me', { cookie });
    expect(me.status).toBe(500);
    expect(me.json.error.code).toBe('internal_error');
    expect(me.text).not.toContain('not-a-number');
  });
});
