import { DeleteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { checkedItem } from '../platform/checked-read.js';
import { epochSeconds } from '../platform/clock.js';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import { putNew } from '../platform/table.js';
import { hashToken, newToken } from '../platform/tokens.js';
import type { Device } from './device-record.js';

/** The email's 'This wasn't me' link stays usable for a month, once. */
const UNLINK_LINK_SECONDS = 30 * 24 * 3600;

/** The unlink link record (`UNLINK#<hash of the link's token>` / `UNLINK`). */
const unlinkLinkSchema = z.object({
  pk: z.string(),
  sk: z.literal('UNLINK'),
  citizenId: z.string(),
  deviceId: z.string(),
  expiresAt: z.number(),
});

type UnlinkLink = z.infer<typeof unlinkLinkSchema>;

const unlinkLinkKey = (token: string) => ({ pk: `UNLINK#${hashToken(token)}`, sk: 'UNLINK' as const });

export async function createUnlinkLink(
  deps: Deps,
  device: Pick<Device, 'citizenId' | 'deviceId'>,
): Promise<string> {
  const token = newToken();
  const item: UnlinkLink = {
    ...unlinkLinkKey(token),
    citizenId: device.citizenId,
    deviceId: device.deviceId,
    expiresAt: epochSeconds(deps.clock.now()) + UNLINK_LINK_SECONDS,
  };
  await putNew(deps, item);
  return token;
}

const linkGone = () =>
  new ApiError(
    410,
    'unlink_link_invalid',
    'This link has expired or was already used. Sign in on your computer and open "My devices" to unlink a device.',
  );

/** The link if it is still usable; expiry is read from the item, not left to TTL. */
function usable(deps: Deps, item: unknown): UnlinkLink {
  const link = checkedItem('unlink link', unlinkLinkSchema, item);
  if (!link || link.expiresAt <= epochSeconds(deps.clock.now())) throw linkGone();
  return link;
}

/** Reads an unlink link without using it: the page shows which device, then asks to confirm. */
export async function readUnlinkLink(deps: Deps, token: string): Promise<UnlinkLink> {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.config.TABLE_NAME, Key: unlinkLinkKey(token) }),
  );
  return usable(deps, Item);
}

/** Uses the link once: the delete hands the item to exactly one request. */
export async function consumeUnlinkLink(deps: Deps, token: string): Promise<UnlinkLink> {
  const { Attributes } = await deps.db.send(
    new DeleteCommand({
      TableName: deps.config.TABLE_NAME,
      Key: unlinkLinkKey(token),
      ReturnValues: 'ALL_OLD',
    }),
  );
  return usable(deps, Attributes);
}
