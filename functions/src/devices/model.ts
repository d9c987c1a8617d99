import type { JsonWebKey } from 'node:crypto';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Deps } from '../platform/deps.js';

/** A linked phone or tablet (docs/architecture.md, Data: `USER#<citizenId>` / `DEVICE#<deviceId>`). */
export interface Device {
  pk: string;
  sk: string;
  citizenId: string;
  deviceId: string;
  name: string;
  /** The device key's public half (ECDSA P-256, JWK); the private half never leaves the phone. */
  publicKey: JsonWebKey;
  /** scrypt hash of the app password (see password.ts). */
  passwordHash: string;
  /** Wrong passwords since the last unlock; at MAX_UNLOCK_FAILURES the device is locked. */
  failedUnlocks: number;
  status: 'active' | 'locked';
  /** WebAuthn credentials bound to this device (`CRED#<id>` items), so unlinking can delete them. */
  credentialIds: string[];
  browser: string;
  linkedAt: string;
  lastActiveAt: string;
  /** The phone's Web Push subscription, when the citizen agreed to notifications. */
  push?: { endpoint: string; keys: { p256dh: string; auth: string } };
}

export const MAX_UNLOCK_FAILURES = 5;

export const deviceKey = (citizenId: string, deviceId: string) => ({
  pk: `USER#${citizenId}`,
  sk: `DEVICE#${deviceId}`,
});

export async function readDevice(deps: Deps, citizenId: string, deviceId: string) {
  const { Item } = await deps.db.send(
    new GetCommand({
      TableName: deps.config.TABLE_NAME,
      Key: deviceKey(citizenId, deviceId),
      ConsistentRead: true,
    }),
  );
  return Item as Device | undefined;
}

export async function devicesOf(deps: Deps, citizenId: string): Promise<Device[]> {
  const { Items } = await deps.db.send(
    new QueryCommand({
      TableName: deps.config.TABLE_NAME,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :device)',
      ExpressionAttributeValues: { ':pk': `USER#${citizenId}`, ':device': 'DEVICE#' },
    }),
  );
  return ((Items ?? []) as Device[]).sort((a, b) => b.linkedAt.localeCompare(a.linkedAt));
}

/** What the citizen sees of a device: never the key or the password hash. */
export function deviceView(device: Device) {
  return {
    deviceId: device.deviceId,
    name: device.name,
    browser: device.browser,
    linkedAt: device.linkedAt,
    lastActiveAt: device.lastActiveAt,
    status: device.status,
    biometrics: device.credentialIds.length > 0,
    notifications: Boolean(device.push),
  };
}
