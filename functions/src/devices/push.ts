/// <reference path="./web-push-encryption.d.ts" />
import { createPrivateKey, sign } from 'node:crypto';
import * as z from 'zod/mini';
import type { Deps } from '../platform/deps.js';
import type { Device } from './device-record.js';

/**
 * Web Push for "your computer asks for a document" (SECURITY.md row 50). The message says only that
 * a request waits: no name, procedure or document. The phone then fetches the request itself with
 * its device session. The message is encrypted (RFC 8291, aes128gcm) by web-push's own encryption
 * helper; the VAPID signature (RFC 8292) is an ES256 JWT made with node:crypto, because web-push's
 * VAPID module brings asn1.js, bn.js and jws (~190 KB) past the Lambda's 1 MB budget
 * (infra/test/lambda-bundle.test.ts). We send the request ourselves: the endpoint is checked and
 * the call bounded in time.
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
    const body = await encryptMessage(device.push, PUSH_MESSAGE);
    const headers = {
      'content-encoding': 'aes128gcm',
      'content-type': 'application/octet-stream',
      ttl: String(30 * 60),
      urgency: 'high',
      authorization: vapidAuthorization(device.push.endpoint, deps.config.VAPID_PUBLIC_KEY, privateKey, deps),
    };
    const response = await fetch(device.push.endpoint, {
      method: 'POST',
      headers,
      body: new Uint8Array(body),
      signal: AbortSignal.timeout(3000),
      redirect: 'error',
    });
    if (response.status === 404 || response.status === 410) return 'gone';
    return response.ok ? 'sent' : 'failed';
  } catch {
    return 'failed';
  }
}

/** RFC 8291 with the subscription's keys; loaded only when a push is sent. */
async function encryptMessage(subscription: PushSubscriptionData, message: string): Promise<Buffer> {
  const { encrypt } = await import('web-push/src/encryption-helper.js');
  return encrypt(subscription.keys.p256dh, subscription.keys.auth, message, 'aes128gcm').cipherText;
}

/** `vapid t=<ES256 JWT for the push service's origin, 12 hours>, k=<our public key>` (RFC 8292). */
export function vapidAuthorization(endpoint: string, publicKey: string, privateKey: string, deps: Deps) {
  const point = Buffer.from(publicKey, 'base64url');
  const key = createPrivateKey({
    format: 'jwk',
    key: {
      kty: 'EC',
      crv: 'P-256',
      d: privateKey,
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33, 65).toString('base64url'),
    },
  });
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ typ: 'JWT', alg: 'ES256' })}.${part({
    aud: new URL(endpoint).origin,
    exp: Math.floor(deps.clock.now() / 1000) + 12 * 60 * 60,
    sub: deps.config.VAPID_SUBJECT,
  })}`;
  const signature = sign('sha256', Buffer.from(unsigned), { key, dsaEncoding: 'ieee-p1363' });
  return `vapid t=${unsigned}.${signature.toString('base64url')}, k=${publicKey}`;
}
