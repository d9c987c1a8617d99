import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import webpush from 'web-push';
import * as z from 'zod/mini';
import type { Deps } from '../platform/deps.js';
import { type Device, deviceKey } from './model.js';

/**
 * Web Push for "your computer asks for a document" (SECURITY.md row 50). The message says only that
 * a request waits: no name, procedure or document. The phone then fetches the request itself with
 * its device session. web-push encrypts (RFC 8291) and signs (VAPID, RFC 8292); we send the request
 * ourselves so the endpoint is checked and the call is bounded in time.
 */
export const PUSH_MESSAGE = JSON.stringify({ kind: 'request' });

/** Push services of the browsers that support Web Push: the API posts nowhere else (no SSRF). */
const PUSH_HOSTS = [
  'fcm.googleapis.com',
  'updates.push.services.mozilla.com',
  '.push.apple.com',
  '.notify.windows.com',
];

export const subscriptionSchema = z.object({
  endpoint: z.url().check(z.maxLength(2048)),
  keys: z.object({
    p256dh: z.string().check(z.regex(/^[A-Za-z0-9_-]{80,100}$/)),
    auth: z.string().check(z.regex(/^[A-Za-z0-9_-]{16,32}$/)),
  }),
});
export type PushSubscriptionData = z.infer<typeof subscriptionSchema>;

export function endpointAllowed(deps: Deps, endpoint: string) {
  const url = new URL(endpoint);
  if (deps.config.PUSH_ALLOW_LOOPBACK && url.protocol === 'http:' && url.hostname === '127.0.0.1')
    return true;
  if (url.protocol !== 'https:' || url.port) return false;
  return PUSH_HOSTS.some((host) =>
    host.startsWith('.') ? url.hostname.endsWith(host) : url.hostname === host,
  );
}

export type PushOutcome = 'sent' | 'not_subscribed' | 'gone' | 'failed';

/** Sends the one message; a subscription the push service says is gone is reported so it can be dropped. */
export async function notifyDevice(deps: Deps, device: Pick<Device, 'push'>): Promise<PushOutcome> {
  const privateKey = await deps.vapidPrivateKey().catch(() => undefined);
  if (!device.push || !privateKey || !deps.config.VAPID_PUBLIC_KEY) return 'not_subscribed';
  if (!endpointAllowed(deps, device.push.endpoint)) return 'failed';
  try {
    const details = webpush.generateRequestDetails(device.push, PUSH_MESSAGE, {
      vapidDetails: {
        subject: deps.config.VAPID_SUBJECT,
        publicKey: deps.config.VAPID_PUBLIC_KEY,
        privateKey,
      },
      TTL: 30 * 60,
      urgency: 'high',
    });
    const response = await fetch(details.endpoint, {
      method: details.method,
      headers: details.headers as Record<string, string>,
      body: details.body ? new Uint8Array(details.body) : undefined,
      signal: AbortSignal.timeout(3000),
      redirect: 'error',
    });
    if (response.status === 404 || response.status === 410) return 'gone';
    return response.ok ? 'sent' : 'failed';
  } catch {
    return 'failed';
  }
}

/** Stores (or, with undefined, forgets) the phone's subscription on its device item. */
export async function setPush(
  deps: Deps,
  device: { citizenId: string; deviceId: string },
  subscription: PushSubscriptionData | undefined,
) {
  await deps.db.send(
    new UpdateCommand({
      TableName: deps.config.TABLE_NAME,
      Key: deviceKey(device.citizenId, device.deviceId),
      UpdateExpression: subscription ? 'SET push = :push' : 'REMOVE push',
      ConditionExpression: 'attribute_exists(pk)',
      ...(subscription ? { ExpressionAttributeValues: { ':push': subscription } } : {}),
    }),
  );
}
