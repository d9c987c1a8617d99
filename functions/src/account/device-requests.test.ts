import { createECDH, createPublicKey, randomBytes, verify } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import webpush from 'web-push';
import { samplePdf } from '../../local/sample-pdf.js';
import { must } from '../../test/must.js';
import { type TestApp, testApp } from '../../test/test-app.js';
import { generateCode, parking, phone as qrPhone } from '../add-document/fixtures/phone-client.js';
import { linkedPhone } from '../link/fixtures/test-phone.js';
import { deviceUpload } from './fixtures/device-client.js';

type Phone = Awaited<ReturnType<typeof linkedPhone>>;

/** The computer's 'My mobile app' → "Send to '<device>'": the parking permit's identity document. */
async function sendRequest(t: TestApp, desktop: string, to: Phone) {
  const answer = await t.call('POST', `/api/procedures/${parking.procedureId}/upload-codes`, {
    cookie: desktop,
    body: { action: 'attach', typeId: 'identity-document', deviceId: to.which().deviceId },
  });
  expect(answer.status).toBe(201);
  return answer.json as { codeId: string; secondsLeft: number; sentTo: string; pushed: string; url?: string };
}

const statusOf = (t: TestApp, desktop: string, codeId: string) =>
  t
    .call('GET', `/api/procedures/${parking.procedureId}/upload-codes/${codeId}`, { cookie: desktop })
    .then((answer) => answer.json);

describe('requests from the computer to one linked device (SECURITY.md row 49)', () => {
  it('reach that device only, which fulfils them; the computer follows the same timeline as a QR', async () => {
    const t = await testApp();
    const desktop = await t.signedIn();
    const pixel = await linkedPhone(t, desktop);
    const sent = await sendRequest(t, desktop, pixel);
    expect(sent).toMatchObject({ sentTo: 'Pixel 7', pushed: 'not_subscribed' });
    expect(sent.url).toBeUndefined();
    expect(await statusOf(t, desktop, sent.codeId)).toMatchObject({ state: 'waiting', sentTo: 'Pixel 7' });

    const listed = await pixel.get('/api/device/requests');
    expect(listed.json.requests).toEqual([
      {
        codeId: sent.codeId,
        action: 'attach',
        procedure: expect.objectContaining({ reference: 'PRK-2026-0877' }),
        type: { label: expect.objectContaining({ en: 'Identity document' }) },
        name: 'Identity document',
        secondsLeft: sent.secondsLeft,
      },
    ]);
    const upload = deviceUpload(t, pixel.cookie, sent.codeId);
    expect((await upload.claim()).status).toBe(201);
    expect(await statusOf(t, desktop, sent.codeId)).toMatchObject({
      state: 'claimed',
      deviceName: 'Pixel 7',
    });
    expect((await upload.send(samplePdf('ID card'))).status).toBe(201);
    expect(await statusOf(t, desktop, sent.codeId)).toMatchObject({
      state: 'filed',
      document: { name: 'Identity document', source: 'phone', deviceName: 'Pixel 7' },
    });
    expect((await pixel.get('/api/device/requests')).json.requests).toEqual([]);
  });

  it('is refused to another device of the same citizen and to an upload code; nothing changes', async () => {
    const t = await testApp();
    const desktop = await t.signedIn();
    const pixel = await linkedPhone(t, desktop);
    const tablet = await linkedPhone(t, desktop);
    const sent = await sendRequest(t, desktop, pixel);

    expect((await tablet.get('/api/device/requests')).json.requests).toEqual([]);
    const byTablet = deviceUpload(t, tablet.cookie, sent.codeId);
    for (const answer of [await byTablet.read(), await byTablet.claim(), await byTablet.presign(100)]) {
      expect(answer.status).toBe(403);
      expect(answer.json.error.code).toBe('request_for_another_device');
    }
    // Someone holding a real QR code of the same citizen names the request beside it.
    const qr = await generateCode(t, desktop);
    const withCode = deviceUpload(t, undefined, sent.codeId, { authorization: `Bearer ${qr.token}` });
    expect((await withCode.claim()).status).toBe(403);
    // Or presents the code's id as if it were a token.
    expect((await qrPhone(t, sent.codeId.slice(0, 43)).claim()).status).toBe(404);
    // Or another citizen's phone.
    const lucPhone = await linkedPhone(t, await t.signedIn('citizen-luc-weber'));
    expect((await deviceUpload(t, lucPhone.cookie, sent.codeId).claim()).status).toBe(403);
    // And a device session cannot use a QR code's id without its token.
    expect((await deviceUpload(t, pixel.cookie, qr.codeId).claim()).status).toBe(403);

    expect(await statusOf(t, desktop, sent.codeId)).toMatchObject({ state: 'waiting' });
    expect((await qr.status()).state).toBe('waiting');
    const upload = deviceUpload(t, pixel.cookie, sent.codeId);
    expect((await upload.claim()).status).toBe(201);
  });

  it("refuses another citizen's device as a target", async () => {
    const t = await testApp();
    const desktop = await t.signedIn();
    const lucPhone = await linkedPhone(t, await t.signedIn('citizen-luc-weber'));
    const direct = await t.call('POST', `/api/procedures/${parking.procedureId}/upload-codes`, {
      cookie: desktop,
      body: { action: 'attach', typeId: 'identity-document', deviceId: lucPhone.which().deviceId },
    });
    expect([direct.status, direct.json.error.code]).toEqual([404, 'device_not_found']);
  });
});

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A push service on loopback: records what the API posts, answers 201 (or what the test asks). */
async function loopbackPushService(status = 201) {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = must(request.url, "the push request's path");
      received.push({ path, headers: request.headers, body: Buffer.concat(chunks) });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { received, url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/** What a browser keeps when it subscribes: its ECDH key pair and auth secret. */
function browserSubscription(endpoint: string) {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const auth = randomBytes(16);
  return {
    ecdh,
    auth,
    subscription: {
      endpoint,
      keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') },
    },
  };
}

/** Decrypts an aes128gcm push message (RFC 8291) as the browser would. */
function decrypt(body: Buffer, ecdh: ReturnType<typeof createECDH>, auth: Buffer) {
  const ece = createRequire(import.meta.url)('http_ece') as {
    decrypt(buffer: Buffer, params: Record<string, unknown>): Buffer;
  };
  const idLength = must(body[20], "the message header's key id length (byte 20)");
  const senderKey = body.subarray(21, 21 + idLength);
  return ece
    .decrypt(body, {
      version: 'aes128gcm',
      privateKey: ecdh,
      dh: senderKey.toString('base64url'),
      authSecret: auth.toString('base64url'),
    })
    .toString();
}

/** Checks the VAPID JWT's ES256 signature with our public key, as a push service does; its claims. */
function verifiedVapid(header: string, publicKey: string) {
  const match = /^vapid t=([\w-]+)\.([\w-]+)\.([\w-]+), k=([\w-]+)$/.exec(header);
  expect(match?.[4]).toBe(publicKey);
  const [, head, claims, signed64] = must(match, `a VAPID authorization header, not ${header}`);
  const point = Buffer.from(publicKey, 'base64url');
  const key = createPublicKey({
    format: 'jwk',
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33).toString('base64url'),
    },
  });
  const signed = Buffer.from(`${head}.${claims}`);
  const signature = Buffer.from(must(signed64, "the JWT's signature"), 'base64url');
  expect(verify('sha256', signed, { key, dsaEncoding: 'ieee-p1363' }, signature)).toBe(true);
  return JSON.parse(Buffer.from(must(claims, "the JWT's claims"), 'base64url').toString());
}

describe('push for a request carries no personal data (SECURITY.md row 50)', () => {
  it('announces only that a request waits; the request is then read with the device session', async () => {
    const vapid = webpush.generateVAPIDKeys();
    const t = await testApp({
      VAPID_PUBLIC_KEY: vapid.publicKey,
      VAPID_PRIVATE_KEY: vapid.privateKey,
      PUSH_ALLOW_LOOPBACK: 'true',
    });
    const push = await loopbackPushService();
    try {
      const desktop = await t.signedIn();
      const pixel = await linkedPhone(t, desktop);
      expect((await pixel.get('/api/device/push')).json).toEqual({ publicKey: vapid.publicKey });
      const browser = browserSubscription(`${push.url}/push/abc123`);
      const subscribe = await t.call('PUT', '/api/device/push', {
        cookie: pixel.cookie,
        body: { subscription: browser.subscription },
      });
      expect(subscribe.json).toEqual({ notifications: true });

      const sent = await sendRequest(t, desktop, pixel);
      expect(sent.pushed).toBe('sent');
      expect(push.received).toHaveLength(1);
      const message = must(push.received[0], 'the push message');
      expect(message.path).toBe('/push/abc123');
      expect(message.headers['content-encoding']).toBe('aes128gcm');
      expect(verifiedVapid(String(message.headers.authorization), vapid.publicKey)).toMatchObject({
        aud: push.url,
        sub: expect.stringMatching(/^mailto:/),
      });
      const text = decrypt(message.body, browser.ecdh, browser.auth);
      expect(JSON.parse(text)).toEqual({ kind: 'request' });
      for (const personal of [
        'Marie',
        'Schmit',
        'PRK',
        'parking',
        'Identity',
        parking.procedureId,
        sent.codeId,
      ]) {
        expect(text).not.toContain(personal);
        expect(JSON.stringify(message.headers)).not.toContain(personal);
      }
      // The push is no credential: the request is read with the device session, and only with it.
      expect((await t.call('GET', '/api/device/requests')).status).toBe(401);
      expect((await pixel.get('/api/device/requests')).json.requests).toHaveLength(1);
    } finally {
      push.close();
    }
  });

  it('refuses endpoints outside the browsers’ push services, and forgets a subscription the service says is gone', async () => {
    const vapid = webpush.generateVAPIDKeys();
    const strict = await testApp({ VAPID_PUBLIC_KEY: vapid.publicKey, VAPID_PRIVATE_KEY: vapid.privateKey });
    const phone = await linkedPhone(strict, await strict.signedIn());
    for (const endpoint of [
      'http://127.0.0.1:9/push',
      'https://evil.example/push',
      'https://fcm.googleapis.com:8443/x',
    ]) {
      const answer = await strict.call('PUT', '/api/device/push', {
        cookie: phone.cookie,
        body: { subscription: browserSubscription(endpoint).subscription },
      });
      expect([endpoint, answer.status, answer.json.error.code]).toEqual([
        endpoint,
        400,
        'push_endpoint_refused',
      ]);
    }
    const bad = await strict.call('PUT', '/api/device/push', {
      cookie: phone.cookie,
      body: { subscription: { endpoint: 'x' } },
    });
    expect(bad.status).toBe(400);

    const t = await testApp({
      VAPID_PUBLIC_KEY: vapid.publicKey,
      VAPID_PRIVATE_KEY: vapid.privateKey,
      PUSH_ALLOW_LOOPBACK: 'true',
    });
    const gone = await loopbackPushService(410);
    try {
      const desktop = await t.signedIn();
      const pixel = await linkedPhone(t, desktop);
      await t.call('PUT', '/api/device/push', {
        cookie: pixel.cookie,
        body: { subscription: browserSubscription(`${gone.url}/push/old`).subscription },
      });
      expect((await sendRequest(t, desktop, pixel)).pushed).toBe('gone');
      expect((await pixel.get('/api/device')).json.device.notifications).toBe(false);
      expect((await sendRequest(t, desktop, pixel)).pushed).toBe('not_subscribed');
    } finally {
      gone.close();
    }
  });
});
