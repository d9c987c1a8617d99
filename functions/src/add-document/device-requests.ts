import { secondsLeft } from '../codes/single-use-code.js';
import { readDevice, setPush } from '../devices/device-record.js';
import { notifyDevice } from '../devices/push.js';
import type { FilingTarget } from '../documents/filing-target.js';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import { putNewRequest, requestedCodeIds } from './device-request-record.js';
import { createCode, readCode, type UploadCode, visibleState } from './upload-code.js';

/**
 * The computer's "Send to '<device>'": an upload code bound to one device, found by that device on
 * its home through a pointer (device-request-record.ts).
 */
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
  await putNewRequest(deps, { citizenId, deviceId, codeId, expiresAt: code.expiresAt });
  // Best effort, after the request exists: without push the request simply waits in the app.
  const pushed = await notifyDevice(deps, device);
  if (pushed === 'gone') await setPush(deps, device, undefined).catch(() => undefined);
  return { codeId, secondsLeft: secondsLeft(code, deps.clock.now()), sentTo: device.name, pushed };
}

/** The requests still waiting for this device (or under way on it), newest first. */
export async function requestsFor(deps: Deps, citizenId: string, deviceId: string): Promise<UploadCode[]> {
  const ids = await requestedCodeIds(deps, citizenId, deviceId);
  const now = deps.clock.now();
  const codes = await Promise.all(ids.map((codeId) => readCode(deps, codeId)));
  return codes
    .filter((code): code is UploadCode => Boolean(code && code.deviceId === deviceId && code.requested))
    .filter((code) => ['waiting', 'claimed', 'uploading'].includes(visibleState(code, now)))
    .sort((a, b) => b.createdAt - a.createdAt);
}
