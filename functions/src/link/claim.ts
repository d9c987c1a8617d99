import type { JsonWebKey } from 'node:crypto';
import type { Context } from 'hono';
import { isUsablePublicKey } from '../devices/device-key.js';
import { deviceNameOrRefuse } from '../devices/device-name.js';
import type { Device } from '../devices/device-record.js';
import { startDeviceSession } from '../devices/device-session.js';
import { createDevice } from '../devices/new-device.js';
import { refuseWeakPassword } from '../devices/password.js';
import { deliver, enqueueMail } from '../outbox/outbox.js';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import { siteOrigin } from '../platform/same-origin.js';
import { newId } from '../platform/tokens.js';
import { profileOf } from '../portal/citizen-record.js';
import { requireApproval } from './link-approval.js';
import { consumeLinkCode } from './link-codes.js';
import type { LinkConfirmationData } from './link-confirmation.js';
import type { MailLanguage } from './link-email.js';

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

  const device = await createDevice(deps, {
    citizenId: code.citizenId,
    deviceId,
    name,
    publicKey: request.publicKey,
    password: request.password,
    userAgent: c.req.header('user-agent'),
  });

  const profile = await profileOf(deps, code.citizenId);
  await sendConfirmation(c, deps, device, profile, request.language);
  await startDeviceSession(c, deps, device);
  return {
    device: { deviceId, citizenId: code.citizenId, name },
    holderName: profile.name,
  };
}

/**
 * The confirmation email goes through the outbox (SECURITY.md row 40): recorded first, then tried at
 * once; if SES fails it is retried by the sweep. The device stays linked either way.
 */
async function sendConfirmation(
  c: Context,
  deps: Deps,
  device: Device,
  profile: { name: string; email: string },
  language: MailLanguage,
) {
  if (!profile.email) return;
  const data: LinkConfirmationData = {
    to: profile.email,
    holderName: profile.name,
    citizenId: device.citizenId,
    deviceId: device.deviceId,
    deviceName: device.name,
    browser: device.browser,
    linkedAt: device.linkedAt,
    origin: siteOrigin(c, deps.config.ALLOWED_ORIGINS),
    language,
  };
  const entry = await enqueueMail(deps, 'link-confirmation', data);
  await deliver(deps, entry).catch((error: Error) => {
    deps.log.warn('link confirmation email left in the outbox', { error: error.name });
  });
}
