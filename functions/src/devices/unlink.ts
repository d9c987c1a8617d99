import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { epochSeconds } from '../platform/clock.js';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import { hashToken, newToken } from '../platform/tokens.js';
import { deleteCredentials } from './credentials.js';
import { type Device, deviceKey } from './model.js';

/**
 * Unlinks a device from the desktop's 'My devices', the phone's settings or the email link
 * (SECURITY.md row 19). The device item goes first: every device session checks it on each
 * request, so they all end with this one write; then its WebAuthn credentials are deleted.
 */
export async function unlinkDevice(
  deps: Deps,
  citizenId: string,
  deviceId: string,
): Promise<Device | undefined> {
  const { Attributes } = await deps.db.send(
    new DeleteCommand({
      TableName: deps.config.TABLE_NAME,
      Key: deviceKey(citizenId, deviceId),
      ReturnValues: 'ALL_OLD',
    }),
  );
  const device = Attributes as Device | undefined;
  if (device) await deleteCredentials(deps, device.credentialIds);
  return device;
}

/** After the last allowed wrong password: the device stays listed, locked, and must be linked again. */
export async function lockDevice(deps: Deps, device: Device) {
  await deps.db.send(
    new UpdateCommand({
      TableName: deps.config.TABLE_NAME,
      Key: deviceKey(device.citizenId, device.deviceId),
      UpdateExpression: 'SET #status = :locked, credentialIds = :none',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':locked': 'locked', ':none': [] },
    }),
  );
  await deleteCredentials(deps, device.credentialIds);
}

/** The email's 'This wasn't me' link stays usable for a month, once. */
const UNLINK_LINK_SECONDS = 30 * 24 * 3600;

interface UnlinkLink {
  pk: string;
  sk: 'UNLINK';
  citizenId: string;
  deviceId: string;
  expiresAt: number;
}

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
  await deps.db.send(new PutCommand({ TableName: deps.config.TABLE_NAME, Item: item }));
  return token;
}

const linkGone = () =>
  new ApiError(
    410,
    'unlink_link_invalid',
    'This link has expired or was already used. Sign in on your computer and open "My devices" to unlink a device.',
  );

/** Reads an unlink link without using it: the page shows which device, then asks to confirm. */
export async function readUnlinkLink(deps: Deps, token: string): Promise<UnlinkLink> {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.config.TABLE_NAME, Key: unlinkLinkKey(token) }),
  );
  const link = Item as UnlinkLink | undefined;
  if (!link || link.expiresAt <= epochSeconds(deps.clock.now())) throw linkGone();
  return link;
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
  const link = Attributes as UnlinkLink | undefined;
  if (!link || link.expiresAt <= epochSeconds(deps.clock.now())) throw linkGone();
  return link;
}
