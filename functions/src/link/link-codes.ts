import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { epochSeconds } from '../platform/clock.js';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import { hashToken, newToken, TOKEN_PATTERN } from '../platform/tokens.js';
import type { LinkApproval } from './link-approval.js';

/** NIST SP 800-63B binding codes: single use, short-lived. */
export const LINK_CODE_SECONDS = 5 * 60;

/** `LINK#<sha256(token)>`: the token itself is only ever in the QR (SECURITY.md row 5). */
export interface LinkCode extends LinkApproval {
  pk: string;
  sk: 'LINK';
  citizenId: string;
  /** The origin the computer was on; the phone shows it before anything is claimed. */
  site: string;
  status: 'waiting' | 'scanned' | 'linked';
  deviceName?: string;
  deviceId?: string;
  createdAt: number;
  expiresAt: number;
}

const linkKey = (codeId: string) => ({ pk: `LINK#${codeId}`, sk: 'LINK' as const });

export async function createLinkCode(deps: Deps, citizenId: string, site: string) {
  const token = newToken();
  const codeId = hashToken(token);
  const now = epochSeconds(deps.clock.now());
  const code: LinkCode = {
    ...linkKey(codeId),
    citizenId,
    site,
    status: 'waiting',
    createdAt: now,
    expiresAt: now + LINK_CODE_SECONDS,
  };
  await deps.db.send(
    new PutCommand({
      TableName: deps.config.TABLE_NAME,
      Item: code,
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  return { token, codeId, code };
}

export async function readLinkCode(deps: Deps, codeId: string) {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.config.TABLE_NAME, Key: linkKey(codeId), ConsistentRead: true }),
  );
  return Item as LinkCode | undefined;
}

export const isExpired = (deps: Deps, code: LinkCode) => code.expiresAt <= epochSeconds(deps.clock.now());

export const linkCodeInvalid = () =>
  new ApiError(
    404,
    'link_code_invalid',
    'This QR code is not valid. Generate a new QR code on your computer and scan it.',
  );
export const linkCodeUsed = () =>
  new ApiError(
    410,
    'link_code_used',
    'This QR code has already been used. Generate a new QR code on your computer and scan it.',
  );
export const linkCodeExpired = () =>
  new ApiError(
    410,
    'link_code_expired',
    'This QR code has expired. Generate a new QR code on your computer and scan it.',
  );

/**
 * The code a phone presents, or the reason it cannot be used. Expiry is read from the item
 * (SECURITY.md row 3): TTL deletes days late and dynalite never does.
 */
export async function usableLinkCode(deps: Deps, token: string): Promise<LinkCode> {
  if (!TOKEN_PATTERN.test(token)) throw linkCodeInvalid();
  const code = await readLinkCode(deps, hashToken(token));
  if (!code) throw linkCodeInvalid();
  if (code.status === 'linked') throw linkCodeUsed();
  if (isExpired(deps, code)) throw linkCodeExpired();
  return code;
}

/**
 * The computer's status turns to 'scanned' while the code is still open. No name is written: anyone
 * holding the token can preview, so only the claiming phone's name is ever shown (SECURITY.md row 45).
 */
export async function markScanned(deps: Deps, token: string) {
  await deps.db
    .send(
      new UpdateCommand({
        TableName: deps.config.TABLE_NAME,
        Key: linkKey(hashToken(token)),
        UpdateExpression: 'SET #status = :scanned',
        ConditionExpression: 'attribute_exists(pk) AND #status <> :linked',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':scanned': 'scanned', ':linked': 'linked' },
      }),
    )
    .catch((error: Error) => {
      if (error.name === 'ConditionalCheckFailedException') throw linkCodeUsed();
      throw error;
    });
}

/**
 * Consumes the code with one conditional write (SECURITY.md rows 1–3): of any number of phones
 * presenting it at once, exactly one passes the condition; the others learn why they did not.
 */
export async function consumeLinkCode(
  deps: Deps,
  token: string,
  device: { deviceId: string; deviceName: string },
): Promise<LinkCode> {
  const now = epochSeconds(deps.clock.now());
  try {
    const { Attributes } = await deps.db.send(
      new UpdateCommand({
        TableName: deps.config.TABLE_NAME,
        Key: linkKey(hashToken(token)),
        UpdateExpression: 'SET #status = :linked, deviceId = :deviceId, deviceName = :name',
        ConditionExpression: 'attribute_exists(pk) AND #status <> :linked AND expiresAt > :now',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':linked': 'linked',
          ':deviceId': device.deviceId,
          ':name': device.deviceName,
          ':now': now,
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return Attributes as LinkCode;
  } catch (error) {
    if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    await usableLinkCode(deps, token);
    throw linkCodeUsed();
  }
}
