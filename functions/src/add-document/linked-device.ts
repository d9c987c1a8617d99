import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'hono';
import type { Session } from '../auth/sessions.js';
import { readSessionCookie } from '../auth/sessions.js';
import { readDevice } from '../devices/model.js';
import { epochSeconds } from '../platform/clock.js';
import type { Deps } from '../platform/deps.js';
import { hashToken } from '../platform/tokens.js';

/** The linked phone's session cookie (docs/architecture.md, "Phone device state"). */
const DEVICE_COOKIE = 'passerelle_device';

/**
 * The name the desktop's timeline shows when the phone that claims a code is linked to the same
 * account and unlocked. Read only, never slid: claiming a code is not activity on the device session.
 * A phone that is not linked (or linked to someone else) simply stays unnamed.
 */
export async function linkedDeviceName(c: Context, deps: Deps, citizenId: string) {
  const token = readSessionCookie(c, deps, DEVICE_COOKIE);
  if (!token) return undefined;
  const { Item } = await deps.db.send(
    new GetCommand({
      TableName: deps.config.TABLE_NAME,
      Key: { pk: `SESSION#${hashToken(token)}`, sk: 'SESSION' },
    }),
  );
  const session = Item as Session | undefined;
  const now = epochSeconds(deps.clock.now());
  if (
    !session?.deviceId ||
    session.kind !== 'device' ||
    session.citizenId !== citizenId ||
    session.expiresAt <= now ||
    session.absoluteExpiresAt <= now
  ) {
    return undefined;
  }
  const device = await readDevice(deps, citizenId, session.deviceId);
  return device?.status === 'active' ? device.name : undefined;
}
