import type { JsonWebKey } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { checkedItem, checkedItems } from '../platform/checked-read.js';
import { conditionalWrite, outputIfWritten } from '../platform/conditional.js';
import type { Deps } from '../platform/deps.js';

/**
 * The Device record: a linked phone or tablet, `USER#<citizenId>` / `DEVICE#<deviceId>`
 * (docs/architecture.md, Data). Every read and write of it is here; its writes are guarded, so an
 * unlinked (deleted) device is never brought back by a late update.
 */
const deviceSchema = z.object({
  pk: z.string(),
  sk: z.string(),
  citizenId: z.string(),
  deviceId: z.string(),
  name: z.string(),
  /** The device key's public half (ECDSA P-256, JWK); the private half never leaves the phone. */
  publicKey: z.custom<JsonWebKey>((value) => typeof value === 'object' && value !== null),
  /** scrypt hash of the app password (see password.ts). */
  passwordHash: z.string(),
  /** Wrong passwords since the last unlock; at MAX_UNLOCK_FAILURES the device is locked. */
  failedUnlocks: z.number(),
  status: z.enum(['active', 'locked']),
  /** WebAuthn credentials bound to this device (`CRED#<id>` items), so unlinking can delete them. */
  credentialIds: z.array(z.string()),
  browser: z.string(),
  linkedAt: z.string(),
  lastActiveAt: z.string(),
  /** The phone's Web Push subscription, when the citizen agreed to notifications. */
  push: z.optional(
    z.object({ endpoint: z.string(), keys: z.object({ p256dh: z.string(), auth: z.string() }) }),
  ),
});

export type Device = z.infer<typeof deviceSchema>;
type DeviceId = Pick<Device, 'citizenId' | 'deviceId'>;

export const MAX_UNLOCK_FAILURES = 5;

export const deviceKey = (citizenId: string, deviceId: string) => ({
  pk: `USER#${citizenId}`,
  sk: `DEVICE#${deviceId}`,
});

const keyOf = (device: DeviceId) => deviceKey(device.citizenId, device.deviceId);

/** Strongly consistent: every device session checks it, so an unlink or a lock ends them at once. */
export async function readDevice(deps: Deps, citizenId: string, deviceId: string) {
  const { Item } = await deps.db.send(
    new GetCommand({
      TableName: deps.config.TABLE_NAME,
      Key: deviceKey(citizenId, deviceId),
      ConsistentRead: true,
    }),
  );
  return checkedItem('device', deviceSchema, Item);
}

/** The citizen's devices, last linked first ('My devices'). */
export async function devicesOf(deps: Deps, citizenId: string): Promise<Device[]> {
  const { Items } = await deps.db.send(
    new QueryCommand({
      TableName: deps.config.TABLE_NAME,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :device)',
      ExpressionAttributeValues: { ':pk': `USER#${citizenId}`, ':device': 'DEVICE#' },
    }),
  );
  return checkedItems('device', deviceSchema, Items).sort((a, b) => b.linkedAt.localeCompare(a.linkedAt));
}

/** A device just linked (its id is new: never an existing item overwritten). */
export async function putNewDevice(deps: Deps, device: Device): Promise<void> {
  await deps.db.send(
    new PutCommand({
      TableName: deps.config.TABLE_NAME,
      Item: device,
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** Updates a device that still exists; false when it was unlinked meanwhile. */
function updateDevice(
  deps: Deps,
  device: DeviceId,
  update: Omit<ConstructorParameters<typeof UpdateCommand>[0], 'TableName' | 'Key'>,
) {
  return deps.db.send(
    new UpdateCommand({
      TableName: deps.config.TABLE_NAME,
      Key: keyOf(device),
      ConditionExpression: 'attribute_exists(pk)',
      ...update,
    }),
  );
}

export async function renameDevice(deps: Deps, device: DeviceId, name: string): Promise<void> {
  await updateDevice(deps, device, {
    UpdateExpression: 'SET #name = :name',
    ExpressionAttributeNames: { '#name': 'name' },
    ExpressionAttributeValues: { ':name': name },
  });
}

/** 'Last activity' in 'My devices'. */
export async function touchDevice(deps: Deps, device: DeviceId, now: string): Promise<void> {
  await updateDevice(deps, device, {
    UpdateExpression: 'SET lastActiveAt = :now',
    ExpressionAttributeValues: { ':now': now },
  });
}

/** Stores (or, with undefined, forgets) the phone's Web Push subscription. */
export async function setPush(deps: Deps, device: DeviceId, subscription: Device['push']): Promise<void> {
  await updateDevice(deps, device, {
    UpdateExpression: subscription ? 'SET push = :push' : 'REMOVE push',
    ...(subscription ? { ExpressionAttributeValues: { ':push': subscription } } : {}),
  });
}

/** Binds a WebAuthn credential to the device; false when it was unlinked or locked meanwhile. */
export function addCredentialId(deps: Deps, device: DeviceId, credentialId: string): Promise<boolean> {
  return conditionalWrite(
    updateDevice(deps, device, {
      UpdateExpression: 'SET credentialIds = list_append(credentialIds, :id)',
      ConditionExpression: 'attribute_exists(pk) AND #status = :active',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':id': [credentialId], ':active': 'active' },
    }),
  );
}

/** The device forgets its WebAuthn credentials (their `CRED#` items are deleted by the caller). */
export async function clearCredentialIds(deps: Deps, device: DeviceId): Promise<void> {
  await updateDevice(deps, device, {
    UpdateExpression: 'SET credentialIds = :none',
    ExpressionAttributeValues: { ':none': [] },
  });
}

/** Locked: still listed, no credentials, must be linked again. */
export async function markLocked(deps: Deps, device: DeviceId): Promise<void> {
  await updateDevice(deps, device, {
    UpdateExpression: 'SET #status = :locked, credentialIds = :none',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':locked': 'locked', ':none': [] },
  });
}

/**
 * Takes one unlock try with one conditional write: the count this attempt holds, or undefined when
 * the device is locked or has no try left (SECURITY.md rows 12 and 41).
 */
export async function takeUnlockTry(deps: Deps, device: DeviceId): Promise<number | undefined> {
  const taken = await outputIfWritten(
    updateDevice(deps, device, {
      UpdateExpression: 'ADD failedUnlocks :one',
      ConditionExpression: '#status = :active AND failedUnlocks < :max',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':one': 1, ':active': 'active', ':max': MAX_UNLOCK_FAILURES },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return taken && Number(taken.Attributes?.failedUnlocks);
}

/** Gives the tries back after a right password; false when the device was locked meanwhile. */
export function resetUnlockTries(deps: Deps, device: DeviceId): Promise<boolean> {
  return conditionalWrite(
    updateDevice(deps, device, {
      UpdateExpression: 'SET failedUnlocks = :zero',
      ConditionExpression: '#status = :active',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':zero': 0, ':active': 'active' },
    }),
  );
}

/** Deletes the device item; what it held, or undefined when it was already gone. */
export async function deleteDevice(deps: Deps, device: DeviceId): Promise<Device | undefined> {
  const { Attributes } = await deps.db.send(
    new DeleteCommand({ TableName: deps.config.TABLE_NAME, Key: keyOf(device), ReturnValues: 'ALL_OLD' }),
  );
  return checkedItem('device', deviceSchema, Attributes);
}
