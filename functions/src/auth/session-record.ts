import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { checkedItem } from '../platform/checked-read.js';
import { conditionalWrite } from '../platform/conditional.js';
import type { Deps } from '../platform/deps.js';
import { type ItemKey, readTogether } from '../platform/table.js';
import { hashToken } from '../platform/tokens.js';

/**
 * The session record (`SESSION#<hash of the cookie's token>` / `SESSION`): a computer's citizen
 * session or a phone's device session. Only the token's hash is a key: a leaked table holds no
 * cookie that works.
 */
const sessionSchema = z.object({
  pk: z.string(),
  sk: z.literal('SESSION'),
  kind: z.enum(['citizen', 'device']),
  citizenId: z.string(),
  deviceId: z.optional(z.string()),
  /** When the citizen last proved who they are (OpenID `auth_time`), epoch seconds. */
  authTime: z.number(),
  createdAt: z.number(),
  lastSeenAt: z.number(),
  /** Idle expiry, slid forward on use; also the TTL attribute. */
  expiresAt: z.number(),
  absoluteExpiresAt: z.number(),
  /**
   * A citizen session's copy of the profile, taken when it opens, so `/auth/me` is one read (issue
   * 14). The name and email never change after the first sign-in; a membership added meanwhile
   * shows from the next sign-in. Sessions written before it existed have none (profileOf is read).
   */
  profile: z.optional(
    z.object({
      name: z.string(),
      email: z.string(),
      espaces: z.array(
        z.object({ espaceId: z.string(), name: z.string(), kind: z.enum(['private', 'company']) }),
      ),
    }),
  ),
});

export type Session = z.infer<typeof sessionSchema>;
export type SessionKind = Session['kind'];

export const sessionKey = (token: string) => ({ pk: `SESSION#${hashToken(token)}`, sk: 'SESSION' as const });

/** A new session item; its key is a fresh token's hash, so it never exists already. */
export async function putNewSession(deps: Deps, session: Session): Promise<void> {
  await deps.db.send(
    new PutCommand({
      TableName: deps.config.TABLE_NAME,
      Item: session,
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** Strongly consistent: a session just ended (sign-out, unlink) must never read as valid. */
export async function readSessionItem(deps: Deps, token: string): Promise<Session | undefined> {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.config.TABLE_NAME, Key: sessionKey(token), ConsistentRead: true }),
  );
  return checkedItem('session', sessionSchema, Item);
}

/**
 * The session and one other item in one strongly consistent request: a status poll's session and
 * its code (issue 14). The other item comes back as stored, for its own record to check.
 */
export async function readSessionItemWith(
  deps: Deps,
  token: string,
  other: ItemKey,
): Promise<{ session: Session | undefined; other: Record<string, unknown> | undefined }> {
  const [session, item] = await readTogether(deps, [sessionKey(token), other]);
  return { session: checkedItem('session', sessionSchema, session), other: item };
}

/** Slides the idle expiry of a session that still exists; false when it ended meanwhile. */
export function slideSession(deps: Deps, token: string, now: number, expiresAt: number): Promise<boolean> {
  return conditionalWrite(
    deps.db.send(
      new UpdateCommand({
        TableName: deps.config.TABLE_NAME,
        Key: sessionKey(token),
        UpdateExpression: 'SET lastSeenAt = :now, expiresAt = :exp',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':now': now, ':exp': expiresAt },
      }),
    ),
  );
}

export async function deleteSession(deps: Deps, token: string): Promise<void> {
  await deps.db.send(new DeleteCommand({ TableName: deps.config.TABLE_NAME, Key: sessionKey(token) }));
}
