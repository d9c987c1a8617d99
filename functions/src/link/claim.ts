import type { JsonWebKey } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'hono';
import { browserName } from '../../../shared/browser-name.js';
import { isUsablePublicKey } from '../devices/device-key.js';
import { deviceNameOrRefuse } from '../devices/device-name.js';
import { startDeviceSession } from '../devices/device-session.js';
import { type Device, deviceKey } from '../devices/model.js';
import { hashPassword, refuseWeakPassword } from '../devices/password.js';
import { createUnlinkLink } from '../devices/unlink.js';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import { sendMail } from '../platform/mail.js';
import { siteOrigin } from '../platform/same-origin.js';
import { newId } from '../platform/tokens.js';
import { profileOf } from '../portal/citizens.js';
import { requireApproval } from './link-approval.js';
import { consumeLinkCode } from './link-codes.js';
import { linkConfirmationEmail, type MailLanguage } from './link-email.js';

export interface ClaimRequest {
  token: string;
  deviceName: string;
  password: string;
  publicKey: JsonWebKey;
  language: MailLanguage;
}

/**
 * DESIGN.md Flow 1 steps 4–5. Everything the citizen can correct (name, password, key) is checked
 * before the code is consumed, so a refused password does not burn the QR. Then: consume (one
 * conditional write, exactly one phone wins), hash, create the device, email, open a device session.
 * A crash after the consume leaves a used code and no device: the citizen makes a new QR.
 */
export async function claimLinkCode(c: Context, deps: Deps, request: ClaimRequest) {
  const name = deviceNameOrRefuse(request.deviceName);
  await refuseWeakPassword(request.password);
  if (!isUsablePublicKey(request.publicKey)) {
    throw new ApiError(
      400,
      'invalid_request',
      'Some of the information sent is not valid. Check it and try again.',
    );
  }
  await requireApproval(c, deps, request.token, name);
  const deviceId = newId();
  const code = await consumeLinkCode(deps, request.token, { deviceId, deviceName: name });

  const now = new Date(deps.clock.now()).toISOString();
  const device: Device = {
    ...deviceKey(code.citizenId, deviceId),
    citizenId: code.citizenId,
    deviceId,
    name,
    publicKey: request.publicKey,
    passwordHash: await hashPassword(request.password),
    failedUnlocks: 0,
    status: 'active',
    credentialIds: [],
    browser: browserName(c.req.header('user-agent')),
    linkedAt: now,
    lastActiveAt: now,
  };
  await deps.db.send(
    new PutCommand({
      TableName: deps.config.TABLE_NAME,
      Item: device,
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );

  const profile = await profileOf(deps, code.citizenId);
  await sendConfirmation(c, deps, device, profile, request.language);
  await startDeviceSession(c, deps, device);
  return {
    device: { deviceId, citizenId: code.citizenId, name },
    holderName: profile.name,
  };
}

async function sendConfirmation(
  c: Context,
  deps: Deps,
  device: Device,
  profile: { name: string; email: string },
  language: MailLanguage,
) {
  if (!profile.email) return;
  const token = await createUnlinkLink(deps, device);
  const origin = siteOrigin(c, deps.config.ALLOWED_ORIGINS);
  const mail = linkConfirmationEmail({
    to: profile.email,
    holderName: profile.name,
    deviceName: device.name,
    browser: device.browser,
    linkedAt: new Date(device.linkedAt),
    // A page of ours that asks to confirm: mail scanners that open links must not unlink anything.
    unlinkUrl: `${origin}/unlink-device#${token}`,
    language,
  });
  try {
    await sendMail(deps, mail);
  } catch (error) {
    // The device is linked and listed in 'My devices' either way; an outage of SES must not undo that.
    deps.log.error('link confirmation email failed', { error: (error as Error).name });
  }
}
