import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { secondsLeft } from '../codes/single-use-code.js';
import { readDevice, setPush } from '../devices/device-record.js';
import { notifyDevice } from '../devices/push.js';
import type { FilingTarget } from '../documents/filing-target.js';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import { createCode, readCode, type UploadCode, visibleState } from './upload-code.js';

/**
 * The computer's "Send to '<device>'": an upload code bound to one device, found by that device on
 * its home. A pointer `USER#<citizen>` / `REQUEST#<device>#<code id>` lets the phone list its
 * requests with one query; the code itself stays the one record of truth (state, expiry, filing).
 */
export const requestKey = (citizenId: string, deviceId: string, codeId: string) => ({
  pk: `USER#${citizenId}`,
  sk: `REQUEST#${deviceId}#${codeId}`,
});

export async function sendToDevice(deps: Deps, citizenId: string, deviceId: string, target: FilingTarget) {
  const device = await readDevice(deps, citizenId, deviceId);
  if (device?.status !== 'active') {
    throw new ApiError(
      404,
      'device_not_found',
      'This device is no longer linked to your account, or is locked. Choose another one or use the QR code.',
    );
  }
  const { codeId, code } = await createCode(deps, citizenId, target, {
    deviceId,
    requested: true,
    sentTo: device.name,
  });
  await deps.db.send(
    new PutCommand({
      TableName: deps.config.TABLE_NAME,
      Item: { ...requestKey(citizenId, deviceId, codeId), codeId, expiresAt: code.expiresAt },
      // The code is new: so is its pointer, never one replaced.
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  // Best effort, after the request exists: without push the request simply waits in the app.
  const pushed = await notifyDevice(deps, device);
  if (pushed === 'gone') await setPush(deps, device, undefined).catch(() => undefined);
  return { codeId, secondsLeft: secondsLeft(code, deps.clock.now()), sentTo: device.name, pushed };
}

/** The requests still waiting for this device (or under way on it), newest first. */
export async function requestsFor(deps: Deps, citizenId: string, deviceId: string): Promise<UploadCode[]> {
  const { Items } = await deps.db.send(
    new QueryCommand({
      TableName: deps.config.TABLE_NAME,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': `USER#${citizenId}`, ':prefix': `REQUEST#${deviceId}#` },
    }),
  );
  const now = deps.clock.now();
  const codes = await Promise.all((Items ?? []).map((item) => readCode(deps, String(item.codeId))));
  return codes
    .filter((code): code is UploadCode => Boolean(code && code.deviceId === deviceId && code.requested))
    .filter((code) => ['waiting', 'claimed', 'uploading'].includes(visibleState(code, now)))
    .sort((a, b) => b.createdAt - a.createdAt);
}
