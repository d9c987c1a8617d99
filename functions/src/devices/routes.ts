import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { type CitizenEnv, requireCitizen } from '../auth/citizen-session.js';
import { clearSessionCookie } from '../auth/sessions.js';
import type { Deps } from '../platform/deps.js';
import { ApiError, notFound } from '../platform/errors.js';
import { guessLimit } from '../platform/guess-limit.js';
import { TOKEN_PATTERN } from '../platform/tokens.js';
import { readJson, readParams } from '../platform/validate.js';
import { profileOf } from '../portal/citizens.js';
import { turnOffBiometrics } from './credentials.js';
import { deviceNameOrRefuse } from './device-name.js';
import { DEVICE_COOKIE, type DeviceEnv, requireDevice } from './device-session.js';
import { deviceKey, devicesOf, deviceView, readDevice } from './model.js';
import { consumeUnlinkLink, readUnlinkLink, unlinkDevice } from './unlink.js';
import { registerCredential, registrationOptions, registrationResponseSchema } from './webauthn.js';

const nameBody = z.object({ name: z.string().check(z.maxLength(10_000)) });
const tokenBody = z.object({ token: z.string().check(z.regex(TOKEN_PATTERN)) });

/** The phone's own device (`/device…`, device session): what it is, rename, biometrics, unlink. */
export function deviceRoutes(deps: Deps) {
  return new Hono<DeviceEnv>()
    .use('/device', requireDevice(deps))
    .use('/device/*', requireDevice(deps))
    .get('/device', async (c) => {
      const device = c.get('device');
      const profile = await profileOf(deps, device.citizenId);
      return c.json({ device: deviceView(device), holderName: profile.name });
    })
    .put('/device/name', async (c) => {
      const device = c.get('device');
      const name = deviceNameOrRefuse((await readJson(c, nameBody)).name);
      await deps.db.send(
        new UpdateCommand({
          TableName: deps.config.TABLE_NAME,
          Key: deviceKey(device.citizenId, device.deviceId),
          UpdateExpression: 'SET #name = :name',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#name': 'name' },
          ExpressionAttributeValues: { ':name': name },
        }),
      );
      return c.json({ name });
    })
    .post('/device/unlink', async (c) => {
      const device = c.get('device');
      await unlinkDevice(deps, device.citizenId, device.deviceId);
      clearSessionCookie(c, deps, DEVICE_COOKIE);
      return c.json({ unlinked: true });
    })
    .post('/device/biometrics/options', async (c) =>
      c.json(await registrationOptions(c, deps, c.get('device'))),
    )
    .post('/device/biometrics', async (c) => {
      const { response } = await readJson(c, z.object({ response: registrationResponseSchema }));
      await registerCredential(c, deps, c.get('device'), response);
      return c.json({ biometrics: true }, 201);
    })
    .delete('/device/biometrics', async (c) => {
      await turnOffBiometrics(deps, c.get('device'));
      return c.json({ biometrics: false });
    });
}

/** The computer's 'My devices' (`/devices…`, desktop session). */
export function myDevicesRoutes(deps: Deps) {
  return new Hono<CitizenEnv>()
    .use('/devices', requireCitizen(deps))
    .use('/devices/*', requireCitizen(deps))
    .get('/devices', async (c) => {
      const devices = await devicesOf(deps, c.get('session').citizenId);
      return c.json({ devices: devices.map(deviceView) });
    })
    .delete('/devices/:deviceId', async (c) => {
      const deviceId = readParams(c.req.param('deviceId'), z.uuid());
      const device = await unlinkDevice(deps, c.get('session').citizenId, deviceId);
      if (!device) throw notFound('This device');
      return c.json({ unlinked: true });
    });
}

/**
 * The email's 'This wasn't me — unlink this device' link (works without signing in). Opening the
 * page only reads (`preview`); mail scanners open links, so unlinking needs the page's POST.
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
    .use('/unlink-links/*', guessLimit(deps))
    .post('/unlink-links/preview', async (c) => {
      const { token } = await readJson(c, tokenBody);
      const device = await deviceOf(await readUnlinkLink(deps, token));
      return c.json({ deviceName: device.name, linkedAt: device.linkedAt, browser: device.browser });
    })
    .post('/unlink-links/confirm', async (c) => {
      const { token } = await readJson(c, tokenBody);
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
