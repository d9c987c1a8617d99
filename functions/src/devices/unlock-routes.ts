import { Hono } from 'hono';
import * as z from 'zod/mini';
import { creationLimit } from '../platform/creation-limit.js';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import { TOKEN_PATTERN } from '../platform/tokens.js';
import { jsonBody } from '../platform/validate.js';
import { profileOf } from '../portal/citizen-record.js';
import { consumeChallenge, issueChallenge } from './challenge-record.js';
import { signatureIsValid, unlockMessage } from './device-key.js';
import {
  type Device,
  MAX_UNLOCK_FAILURES,
  readDevice,
  resetUnlockTries,
  takeUnlockTry,
} from './device-record.js';
import { deviceLocked, startDeviceSession } from './device-session.js';
import { passwordMatches } from './password.js';
import { lockDevice } from './unlink.js';
import { authenticationOptions, authenticationResponseSchema, verifyUnlock } from './webauthn.js';

/** The phone names itself with what it kept when it was linked. */
const whichDevice = { citizenId: z.string().check(z.minLength(1), z.maxLength(256)), deviceId: z.uuid() };
const challenge = z.string().check(z.regex(TOKEN_PATTERN));

/**
 * Unlocking a linked phone (DESIGN.md, Unlock): with the app password, proven by a signature of the
 * device key over a single-use challenge, or with face or fingerprint (WebAuthn). Either gives a
 * short device session. Nothing here needs a session; everything needs the device to be linked.
 * Mounted at `/unlock` behind the guess limit (app.ts).
 */
export function unlockRoutes(deps: Deps) {
  const linkedDevice = async (citizenId: string, deviceId: string) => {
    const device = await readDevice(deps, citizenId, deviceId);
    if (!device) {
      throw new ApiError(
        410,
        'device_unlinked',
        'This device is no longer linked to your account. Link it again.',
      );
    }
    if (device.status !== 'active') throw deviceLocked();
    return device;
  };

  const unlocked = async (c: Parameters<typeof startDeviceSession>[0], device: Device) => {
    await startDeviceSession(c, deps, device);
    const profile = await profileOf(deps, device.citizenId);
    return c.json({ unlocked: true, deviceName: device.name, holderName: profile.name });
  };

  /**
   * Takes one of the MAX_UNLOCK_FAILURES tries before the password is even hashed, with one
   * conditional write (SECURITY.md rows 12 and 41): of any number of attempts sent at once, at most
   * that many pass, each with its own count; every other one (the right password included) gets the
   * same 'locked' answer. Returns the count this attempt holds.
   */
  const takeTry = async (device: Device): Promise<number> => {
    const failures = await takeUnlockTry(deps, device);
    if (failures === undefined) throw deviceLocked();
    return failures;
  };

  /** A wrong password keeps the try it took; the one that took the last try locks the device. */
  const wrongPassword = async (device: Device, failures: number) => {
    const attemptsLeft = Math.max(0, MAX_UNLOCK_FAILURES - failures);
    if (attemptsLeft === 0) {
      await lockDevice(deps, device);
      throw new ApiError(
        403,
        'device_locked',
        'Wrong password, for the fifth time: this device is now locked. Link it again from your computer.',
      );
    }
    throw new ApiError(
      401,
      'wrong_password',
      `Wrong password. ${attemptsLeft} ${attemptsLeft === 1 ? 'attempt' : 'attempts'} left before this device is locked.`,
      { attemptsLeft },
    );
  };

  return new Hono()
    .post('/challenge', creationLimit(deps), jsonBody(z.object(whichDevice)), async (c) => {
      const body = c.req.valid('json');
      const device = await linkedDevice(body.citizenId, body.deviceId);
      const value = await issueChallenge(deps, { purpose: 'unlock', ...body });
      return c.json({ challenge: value, biometrics: device.credentialIds.length > 0 });
    })
    .post(
      '/password',
      jsonBody(
        z.object({
          ...whichDevice,
          challenge,
          signature: z.string().check(z.maxLength(200)),
          password: z.string().check(z.maxLength(10_000)),
        }),
      ),
      async (c) => {
        const body = c.req.valid('json');
        await consumeChallenge(deps, body.challenge, {
          purpose: 'unlock',
          citizenId: body.citizenId,
          deviceId: body.deviceId,
        });
        const device = await linkedDevice(body.citizenId, body.deviceId);
        if (
          !signatureIsValid(device.publicKey, unlockMessage(device.deviceId, body.challenge), body.signature)
        ) {
          throw new ApiError(
            401,
            'signature_invalid',
            'This device could not prove it is the one that was linked. Link it again.',
          );
        }
        const failures = await takeTry(device);
        if (!(await passwordMatches(body.password, device.passwordHash))) {
          return wrongPassword(device, failures);
        }
        // A right password gives the tries back, unless the device was locked in the meantime.
        if (!(await resetUnlockTries(deps, device))) throw deviceLocked();
        return unlocked(c, device);
      },
    )
    .post('/biometrics/options', creationLimit(deps), jsonBody(z.object(whichDevice)), async (c) => {
      const body = c.req.valid('json');
      const device = await linkedDevice(body.citizenId, body.deviceId);
      return c.json(await authenticationOptions(c, deps, device));
    })
    .post(
      '/biometrics',
      jsonBody(z.object({ ...whichDevice, response: authenticationResponseSchema })),
      async (c) => {
        const body = c.req.valid('json');
        const device = await linkedDevice(body.citizenId, body.deviceId);
        await verifyUnlock(c, deps, device, body.response);
        return unlocked(c, device);
      },
    );
}
