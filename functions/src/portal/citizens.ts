import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import { newId } from '../platform/tokens.js';
import { type Espace, keys, type Profile } from './model.js';

export type { Profile };

/**
 * The citizen's profile and the eSpaces they may act in: one strongly consistent Query of their
 * partition (`PROFILE` and `ESPACE#…` items), so `/auth/me` costs one read beyond the session.
 */
export async function profileOf(deps: Deps, citizenId: string): Promise<Profile> {
  const { Items = [] } = await deps.db.send(
    new QueryCommand({
      TableName: deps.config.TABLE_NAME,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.profile(citizenId).pk },
      ConsistentRead: true,
    }),
  );
  const Item = Items.find((item) => item.sk === keys.profile(citizenId).sk);
  if (!Item)
    throw new ApiError(401, 'signed_out', 'You are not signed in. Sign in with LuxTrust or eID to continue.');
  const espaces = Items.filter((item) => String(item.sk).startsWith('ESPACE#')).map(
    ({ espaceId, name, kind }) => ({ espaceId, name, kind }) as Espace,
  );
  // The private eSpace first, then companies by name.
  espaces.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'private' ? -1 : 1));
  return { citizenId, name: Item.name, email: Item.email, espaces };
}

/**
 * The first sign-in of someone the portal has never seen gets a profile and a private eSpace;
 * later sign-ins change nothing (the conditional put fails quietly).
 */
export async function saveFirstProfile(
  deps: Deps,
  citizenId: string,
  profile: { name: string; email: string },
) {
  const table = deps.config.TABLE_NAME;
  try {
    await deps.db.send(
      new PutCommand({
        TableName: table,
        Item: { ...keys.profile(citizenId), citizenId, ...profile },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  } catch (error) {
    if ((error as Error).name === 'ConditionalCheckFailedException') return;
    throw error;
  }
  const espaceId = newId();
  await deps.db.send(
    new PutCommand({
      TableName: table,
      Item: { ...keys.membership(citizenId, espaceId), espaceId, name: profile.name, kind: 'private' },
    }),
  );
}

/** 403 unless the citizen belongs to this eSpace. */
export async function assertMember(deps: Deps, citizenId: string, espaceId: string): Promise<void> {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.config.TABLE_NAME, Key: keys.membership(citizenId, espaceId) }),
  );
  if (!Item)
    throw new ApiError(
      403,
      'forbidden',
      'You do not have access to this eSpace. Switch eSpace or sign in with another account.',
    );
}
