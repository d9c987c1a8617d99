import { QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { must } from '../../test/must.js';
import { mailsTo, type TestApp, testApp } from '../../test/test-app.js';
import { GOOD_PASSWORD, newLinkCode, testPhone } from './fixtures/test-phone.js';

const MARIE_EMAIL = 'marie.schmit@example.lu';

async function devicesInTable(t: TestApp, citizenId = 'citizen-marie-schmit') {
  const { Items } = await t.deps.db.send(
    new QueryCommand({
      TableName: t.deps.config.TABLE_NAME,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :device)',
      ExpressionAttributeValues: { ':pk': `USER#${citizenId}`, ':device': 'DEVICE#' },
    }),
  );
  return Items ?? [];
}

describe('claiming a link code', () => {
  it('links the phone, opens a device session and returns the holder’s name', async () => {
    const t = await testApp();
    const { token } = await newLinkCode(t, await t.signedIn());
    const phone = testPhone(t);
    const answer = await phone.claim(token);
    expect(answer.status).toBe(201);
    expect(answer.json).toMatchObject({
      device: { name: 'Pixel 7', citizenId: 'citizen-marie-schmit' },
      holderName: 'Marie Schmit',
    });
    const line = must(
      answer.headers.getSetCookie().find((cookie) => cookie.startsWith('passerelle_device=')),
      'the passerelle_device cookie',
    );
    // Row 20 over http (the https case adds Secure and the __Host- prefix: auth/sessions.ts).
    expect(line).toMatch(/HttpOnly/i);
    expect(line).toMatch(/SameSite=Lax/i);
    expect(line).toMatch(/Path=\//);
    expect(line).not.toMatch(/Domain=/i);
    const device = await phone.get('/api/device');
    expect(device.status).toBe(200);
    expect(device.json).toMatchObject({
      device: { name: 'Pixel 7', biometrics: false },
      holderName: 'Marie Schmit',
    });
  });

  it('sets the device cookie Secure with the __Host- prefix when the site is served over https (row 20)', async () => {
    const site = 'https://passerelle.example';
    const t = await testApp({ ALLOWED_ORIGINS: site });
    const headers = { origin: site };
    const created = await t.call('POST', '/api/link-codes', {
      cookie: `__Host-${await t.signedIn()}`,
      headers,
    });
    const token = new URL(created.json.url).hash.slice(1);
    const phone = testPhone(t);
    const claim = await t.call('POST', '/api/link/claim', {
      headers,
      body: { token, deviceName: 'Pixel', password: GOOD_PASSWORD, publicKey: phone.publicKey },
    });
    const line = must(
      claim.headers.getSetCookie().find((cookie) => cookie.startsWith('__Host-passerelle_device=')),
      'the __Host-passerelle_device cookie',
    );
    expect(line).toMatch(/; Secure/i);
    expect(line).toMatch(/HttpOnly/i);
    expect(line).toMatch(/Path=\//);
    expect(line).not.toMatch(/Domain=/i);
    const device = await t.call('GET', '/api/device', { cookie: line.split(';')[0] });
    expect(device.status).toBe(200);
  });

  it('answers a second claim of the same code with 410 and keeps one device (row 1)', async () => {
    const t = await testApp();
    const { token } = await newLinkCode(t, await t.signedIn());
    expect((await testPhone(t).claim(token)).status).toBe(201);
    const second = await testPhone(t).claim(token);
    expect(second.status).toBe(410);
    expect(second.json.error).toEqual({
      code: 'link_code_used',
      message: 'This QR code has already been used. Generate a new QR code on your computer and scan it.',
    });
    expect((await testPhone(t).preview(token)).json.error.code).toBe('link_code_used');
    expect(await devicesInTable(t)).toHaveLength(1);
  });

  it('lets exactly one of 20 phones claiming one code at once win (row 2)', async () => {
    const t = await testApp();
    const { token } = await newLinkCode(t, await t.signedIn());
    const answers = await Promise.all(Array.from({ length: 20 }, () => testPhone(t).claim(token)));
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
    expect(answers.filter((answer) => answer.status === 410)).toHaveLength(19);
    expect(await devicesInTable(t)).toHaveLength(1);
  });

  it('refuses weak passwords with the reason, without using up the code (row 13)', async () => {
    const t = await testApp();
    const { token } = await newLinkCode(t, await t.signedIn());
    const phone = testPhone(t);
    const short = await phone.claim(token, { password: 'abc123' });
    expect(short.status).toBe(400);
    expect(short.json.error).toEqual({
      code: 'password_too_short',
      message: expect.stringMatching(/at least 8/),
    });
    // The old 34-word list let the last four through: now the English, French and German
    // dictionaries and keyboard rows catch them.
    for (const common of [
      '12345678',
      'Password',
      'aaaaaaaaaa',
      'azertyuiop',
      'qwertyuiop',
      'Passwort1',
      'luxembourg1',
    ]) {
      const answer = await phone.claim(token, { password: common });
      expect(answer.json.error.code, common).toBe('password_too_common');
      expect(answer.json.error.message, common).toMatch(/too easy to guess/);
    }
    expect(await devicesInTable(t)).toHaveLength(0);
    expect((await phone.claim(token, { password: GOOD_PASSWORD })).status).toBe(201);
  });

  it('accepts long and non-ASCII passwords and unlocks with them', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    for (const password of ['Grüß Gott, ça va? 🐿️ ünïcödé', 'x'.repeat(40) + 'y'.repeat(400)]) {
      const phone = testPhone(t);
      const { token } = await newLinkCode(t, cookie);
      expect((await phone.claim(token, { password })).status).toBe(201);
      expect((await phone.unlock(password)).status).toBe(200);
    }
  });

  it('cleans device names of markup, control and bidi characters and keeps 64 characters (row 11)', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const cases: [string, string][] = [
      ['<img src=x onerror=alert(1)>My <b>phone</b>', 'My phone'],
      ['Evil\u202Eenohp\u0000\u200B name\n', 'Evilenohp name'],
      ['N'.repeat(10_000), 'N'.repeat(64)],
    ];
    for (const [typed, stored] of cases) {
      const { token } = await newLinkCode(t, cookie);
      const answer = await testPhone(t).claim(token, { deviceName: typed });
      expect(answer.json.device.name).toBe(stored);
    }
    const { token } = await newLinkCode(t, cookie);
    const empty = await testPhone(t).claim(token, { deviceName: '<b></b>\u202E' });
    expect(empty.json.error.code).toBe('device_name_required');
  });

  it('keeps a scrypt hash of the password, never the password (row 14)', async () => {
    const t = await testApp();
    const { token } = await newLinkCode(t, await t.signedIn());
    await testPhone(t).claim(token);
    const { Items } = await t.deps.db.send(new ScanCommand({ TableName: t.deps.config.TABLE_NAME }));
    expect(JSON.stringify(Items)).not.toContain(GOOD_PASSWORD);
    const [device] = await devicesInTable(t);
    expect(must(device, "the device's item").passwordHash).toMatch(/^scrypt\$131072\$8\$1\$/);
  });

  it('refuses a key that is not a P-256 point, or a private key sent by mistake', async () => {
    const t = await testApp();
    const { token } = await newLinkCode(t, await t.signedIn());
    const phone = testPhone(t);
    const bent = await phone.claim(token, { publicKey: { ...phone.publicKey, y: phone.publicKey.x } });
    expect(bent.status).toBe(400);
    const withPrivate = await phone.claim(token, { publicKey: { ...phone.publicKey, d: phone.publicKey.x } });
    expect(withPrivate.status).toBe(201);
    const [device] = await devicesInTable(t);
    expect(must(device, "the device's item").publicKey.d).toBeUndefined();
  });
});

describe('the confirmation email', () => {
  it('names the device, time and browser, escaped, with a single-use unlink link to our page', async () => {
    const t = await testApp();
    const { token } = await newLinkCode(t, await t.signedIn());
    await testPhone(t).claim(token, { deviceName: 'Tom & "Jerry" <i>phone</i> O’Neil\'s' });
    // Other test files mail Marie too: pick this test's email by its device name.
    const mail = must(
      (await mailsTo(MARIE_EMAIL)).find((sent) => sent.body.text?.includes('Tom & "Jerry"')),
      "the email naming Tom & Jerry's phone",
    );
    expect(mail.subject).toBe('A device was linked to your Passerelle account');
    expect(mail.body.text).toContain('Device: Tom & "Jerry" phone O’Neil\'s');
    expect(mail.body.text).toContain('Browser: Chrome on Android');
    expect(mail.body.text).toMatch(/When: .*2\d{3}.*Luxembourg time/);
    expect(mail.body.html).toContain('Tom &amp; &quot;Jerry&quot; phone O’Neil&#39;s');
    expect(mail.body.html).not.toContain('<i>');
    const link = must(/href="([^"]+)"/.exec(mail.body.html ?? '')?.[1], "the email's unlink link");
    expect(link).toMatch(new RegExp(`^${t.origin}/unlink-device#[A-Za-z0-9_-]{43}$`));
    expect(mail.body.html).toContain('This wasn’t me — unlink this device');
    expect(mail.body.text).toContain(link);
  });

  it('is written in the phone’s language', async () => {
    const t = await testApp();
    const { token } = await newLinkCode(t, await t.signedIn());
    await testPhone(t).claim(token, { language: 'fr', deviceName: 'Téléphone de test français' });
    const mail = must(
      (await mailsTo(MARIE_EMAIL)).find((sent) => sent.body.text?.includes('Téléphone de test français')),
      'the email naming the French test phone',
    );
    expect(mail.subject).toBe('Un appareil a été lié à votre compte Passerelle');
    expect(mail.body.html).toContain('Ce n’était pas moi — délier cet appareil');
    // The browser in the email's language, with French spacing before the colon.
    expect(mail.body.text).toContain('Navigateur\u00a0: Chrome sur Android');
  });
});
