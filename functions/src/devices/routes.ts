import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { CitizenEnv } from '../auth/citizen-session.js';
import { clearSessionCookie } from '../auth/sessions.js';
import type { Deps } from '../platform/deps.js';
import { ApiError, notFound } from '../platform/errors.js';
import { TOKEN_PATTERN } from '../platform/tokens.js';
import { jsonBody, pathParams } from '../platform/validate.js';
import { profileOf } from '../portal/citizen-record.js';
import { turnOffBiometrics } from './credentials.js';
import { deviceNameOrRefuse } from './device-name.js';
import { type Device, devicesOf, readDevice, renameDevice } from './device-record.js';
import { DEVICE_COOKIE, type DeviceEnv } from './device-session.js';
import { unlinkDevice } from './unlink.js';
import { consumeUnlinkLink, readUnlinkLink } from './unlink-link-record.js';
import { registerCredential, registrationOptions, registrationResponseSchema } from './webauthn.js';

const nameBody = z.object({ name: z.string().check(z.maxLength(10_000)) });
const tokenBody = z.object({ token: z.string().check(z.regex(TOKEN_PATTERN)) });

/** What the citizen sees of a device: never the key or the password hash. */
function deviceView(device: Device) {
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

/**
 * The phone's own device (mounted at `/device`, behind the device session guard in app.ts): what it
 * is, rename, biometrics, unlink.
 */
export function deviceRoutes(deps: Deps) {
  return new Hono<DeviceEnv>()
    .get('/', async (c) => {
      const device = c.get('device');
      const profile = await profileOf(deps, device.citizenId);
      return c.json({ device: deviceView(device), holderName: profile.name });
    })
    .put('/name', jsonBody(nameBody), async (c) => {
      const device = c.get('device');
      const name = deviceNameOrRefuse(c.req.valid('json').name);
      await renameDevice(deps, device, name);
      return c.json({ name });
    })
    .post('/unlink', async (c) => {
      const device = c.get('device');
      await unlinkDevice(deps, device.citizenId, device.deviceId);
      clearSessionCookie(c, deps, DEVICE_COOKIE);
      return c.json({ unlinked: true });
    })
    .post('/biometrics/options', async (c) => c.json(await registrationOptions(c, deps, c.get('device'))))
    .post('/biometrics', jsonBody(z.object({ response: registrationResponseSchema })), async (c) => {
      const { response } = c.req.valid('json');
      await registerCredential(c, deps, c.get('device'), response);
      return c.json({ biometrics: true }, 201);
    })
    .delete('/biometrics', async (c) => {
      await turnOffBiometrics(deps, c.get('device'));
      return c.json({ biometrics: false });
    });
}

/** The computer's 'My devices' (mounted at `/devices`, behind the computer's guard in app.ts). */
export function myDevicesRoutes(deps: Deps) {
  return new Hono<CitizenEnv>()
    .get('/', async (c) => {
      const devices = await devicesOf(deps, c.get('session').citizenId);
      return c.json({ devices: devices.map(deviceView) });
    })
    .delete('/:deviceId', pathParams(z.object({ deviceId: z.uuid() })), async (c) => {
      const { deviceId } = c.req.valid('param');
      const device = await unlinkDevice(deps, c.get('session').citizenId, deviceId);
      if (!device) throw notFound('This device');
      return c.json({ unlinked: true });
    });
}

/**
 * The email's 'This wasn't me — unlink this device' link (works without signing in). Opening the
 * page only reads (`preview`); mail scanners open links, so unlinking needs the page's POST.
 * Mounted at `/unlink-links` behind the guess limit (app.ts).
 */
export function unlinkLinkRoutes(deps: Deps) {
  const deviceOf = async (link: { citizenId: string; deviceId: string }) => {
    const device = await readDevice(deps, link.citizenId, link.deviceId);
    if (!device) {
      throw new ApiError(
        410,
        'device_already_unlinked',
        'This device is already unlinked from your account.',
      );
    }
    return device;
  };
  return new Hono()
    .post('/preview', jsonBody(tokenBody), async (c) => {
      const { token } = c.req.valid('json');
      const device = await deviceOf(await readUnlinkLink(deps, token));
      return c.json({ deviceName: device.name, linkedAt: device.linkedAt, browser: device.browser });
    })
    .post('/confirm', jsonBody(tokenBody), async (c) => {
      const { token } = c.req.valid('json');
      const link = await consumeUnlinkLink(deps, token);
      const device = await unlinkDevice(deps, link.citizenId, link.deviceId);
      if (!device) {
        throw new ApiError(
          410,
          'device_already_unlinked',
          'This device is already unlinked from your account.',
        );
      }
      return c.json({ unlinked: true, deviceName: device.name });
    });
}
