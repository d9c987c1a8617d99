import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { checkedItem } from '../platform/checked-read.js';
import { conditionalWrite } from '../platform/conditional.js';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import { newId } from '../platform/tokens.js';
import { type Espace, keys, type Profile } from './model.js';

export type { Profile };

/**
 * The profile record (`USER#<citizenId>` / `PROFILE`: name and email from the first sign-in) and
 * the citizen's eSpace memberships (`USER#<citizenId>` / `ESPACE#<espaceId>`). Every read and write
 * of them is here.
 */
const profileSchema = z.object({
  pk: z.string(),
  sk: z.literal('PROFILE'),
  name: z.string(),
  email: z.string(),
});
const membershipSchema = z.object({
  pk: z.string(),
  sk: z.string(),
  espaceId: z.string(),
  name: z.string(),
  kind: z.enum(['private', 'company']),
});

const signedOut = () =>
  new ApiError(401, 'signed_out', 'You are not signed in. Sign in with LuxTrust or eID to continue.');

/**
 * The citizen's profile and the eSpaces they may act in: one strongly consistent Query of their
 * partition (`PROFILE` and `ESPACE#…` items). `/auth/me` reads the copy its session carries instead
 * (auth/sessions.ts).
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
  const profile = checkedItem(
    'profile',
    profileSchema,
    Items.find((item) => item.sk === keys.profile(citizenId).sk),
  );
  if (!profile) throw signedOut();
  const espaces: Espace[] = Items.filter((item) => String(item.sk).startsWith('ESPACE#')).map((item) => {
    const { espaceId, name, kind } = checkedItem('membership', membershipSchema, item) as Espace;
    return { espaceId, name, kind };
  });
  // The private eSpace first, then companies by name.
  espaces.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'private' ? -1 : 1));
  return { citizenId, name: profile.name, email: profile.email, espaces };
}

/** The holder's name alone (what a phone holding an upload code is shown, masked); '' when unknown. */
export async function profileName(deps: Deps, citizenId: string): Promise<string> {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.config.TABLE_NAME, Key: keys.profile(citizenId) }),
  );
  return checkedItem('profile', profileSchema, Item)?.name ?? '';
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
  const created = await conditionalWrite(
    deps.db.send(
      new PutCommand({
        TableName: table,
        Item: { ...keys.profile(citizenId), citizenId, ...profile },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    ),
  );
  if (!created) return;
  const espaceId = newId();
  await deps.db.send(
    new PutCommand({
      TableName: table,
      Item: { ...keys.membership(citizenId, espaceId), espaceId, name: profile.name, kind: 'private' },
      // A new id: never an existing membership replaced.
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** 403 unless the citizen belongs to this eSpace. */
export async function assertMember(deps: Deps, citizenId: string, espaceId: string): Promise<void> {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.config.TABLE_NAME, Key: keys.membership(citizenId, espaceId) }),
  );
  if (!checkedItem('membership', membershipSchema, Item))
    throw new ApiError(
      403,
      'forbidden',
      'You do not have access to this eSpace. Switch eSpace or sign in with another account.',
    );
}
