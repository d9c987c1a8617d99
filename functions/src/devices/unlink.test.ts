import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { must } from '../../test/must.js';
import { mailsTo, type TestApp, testApp } from '../../test/test-app.js';
import { linkedPhone, newLinkCode, testPhone } from '../link/fixtures/test-phone.js';
import { softAuthenticator } from './fixtures/soft-authenticator.js';

/** A linked phone with biometrics on, and a way to check that none of it works any more. */
async function phoneWithEverything(t: TestApp, desktop: string) {
  const phone = await linkedPhone(t, desktop);
  const authenticator = softAuthenticator(t.origin);
  const creation = await phone.post('/api/device/biometrics/options');
  await phone.post('/api/device/biometrics', { response: authenticator.register(creation.json) });
  const request = await t.call('POST', '/api/unlock/biometrics/options', { body: phone.which() });
  return {
    phone,
    async expectAllEnded() {
      const session = await phone.get('/api/device');
      expect(session.status).toBe(410);
      expect(session.json.error.code).toBe('device_unlinked');
      const response = authenticator.assert(request.json);
      const biometric = await t.call('POST', '/api/unlock/biometrics', {
        body: { ...phone.which(), response },
      });
      expect(biometric.status).toBe(410);
      expect((await t.call('POST', '/api/unlock/challenge', { body: phone.which() })).status).toBe(410);
      const { Item } = await t.deps.db.send(
        new GetCommand({
          TableName: t.deps.config.TABLE_NAME,
          Key: { pk: `CRED#${response.id}`, sk: 'CRED' },
        }),
      );
      expect(Item).toBeUndefined();
    },
  };
}

describe('unlinking a device (row 19)', () => {
  it("from the computer's 'My devices': listed with name and dates, then its sessions and credentials end", async () => {
    const t = await testApp();
    const desktop = await t.signedIn();
    const { phone, expectAllEnded } = await phoneWithEverything(t, desktop);
    const list = await t.call('GET', '/api/devices', { cookie: desktop });
    expect(list.json.devices).toEqual([
      {
        deviceId: phone.which().deviceId,
        name: 'Pixel 7',
        browser: 'Chrome on Android',
        linkedAt: expect.any(String),
        lastActiveAt: expect.any(String),
        status: 'active',
        biometrics: true,
        notifications: false,
      },
    ]);
    expect(JSON.stringify(list.json)).not.toMatch(/passwordHash|publicKey/);
    const answer = await t.call('DELETE', `/api/devices/${phone.which().deviceId}`, { cookie: desktop });
    expect(answer.status).toBe(200);
    await expectAllEnded();
    expect((await t.call('GET', '/api/devices', { cookie: desktop })).json.devices).toEqual([]);
  });

  it("refuses to unlink another citizen's device", async () => {
    const t = await testApp();
    const { phone } = await phoneWithEverything(t, await t.signedIn('citizen-marie-schmit'));
    const luc = await t.signedIn('citizen-luc-weber');
    expect((await t.call('DELETE', `/api/devices/${phone.which().deviceId}`, { cookie: luc })).status).toBe(
      404,
    );
    expect((await phone.get('/api/device')).status).toBe(200);
  });

  it("from the phone's settings", async () => {
    const t = await testApp();
    const { phone, expectAllEnded } = await phoneWithEverything(t, await t.signedIn());
    const answer = await phone.post('/api/device/unlink');
    expect(answer.status).toBe(200);
    await expectAllEnded();
  });

  it('from the email link: reading it changes nothing, confirming unlinks, once', async () => {
    const t = await testApp();
    const desktop = await t.signedIn();
    const name = `Phone ${crypto.randomUUID().slice(0, 8)}`;
    const phone = testPhone(t);
    await phone.claim((await newLinkCode(t, desktop)).token, { deviceName: name });
    const mail = must(
      (await mailsTo('marie.schmit@example.lu')).find((sent) => sent.body.text?.includes(name)),
      `the email naming ${name}`,
    );
    const href = must(/href="([^"]+)"/.exec(mail.body.html ?? '')?.[1], "the email's unlink link");
    const token = new URL(href).hash.slice(1);

    const preview = await t.call('POST', '/api/unlink-links/preview', { body: { token } });
    expect(preview.json).toMatchObject({ deviceName: name, browser: 'Chrome on Android' });
    expect((await phone.get('/api/device')).status).toBe(200);

    const confirm = await t.call('POST', '/api/unlink-links/confirm', { body: { token } });
    expect(confirm.status).toBe(200);
    expect(confirm.json).toEqual({ unlinked: true, deviceName: name });
    expect((await phone.get('/api/device')).status).toBe(410);
    const again = await t.call('POST', '/api/unlink-links/confirm', { body: { token } });
    expect(again.status).toBe(410);
    expect(again.json.error.code).toBe('unlink_link_invalid');
  });

  it('renames the device from the phone, cleaned like at linking', async () => {
    const t = await testApp();
    const phone = await linkedPhone(t, await t.signedIn());
    const renamed = await t.call('PUT', '/api/device/name', {
      cookie: phone.cookie,
      body: { name: ' Work <b>phone</b> ' },
    });
    expect(renamed.json).toEqual({ name: 'Work phone' });
    expect((await phone.get('/api/device')).json.device.name).toBe('Work phone');
  });
});
