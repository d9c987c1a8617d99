import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../test/test-app.js';
import { generateCode, housing } from '../add-document/fixtures/phone-client.js';
import { testPhone } from './fixtures/test-phone.js';
import { ALPHABET } from './short-code.js';

/** The computer's 'Link your device': the QR's token and the code shown beside it. */
async function linkCodes(t: TestApp, cookie: string) {
  const answer = await t.call('POST', '/api/link-codes', { cookie });
  expect(answer.status).toBe(201);
  const token = new URL(answer.json.url).hash.slice(1);
  return { token, codeId: answer.json.codeId as string, shortCode: answer.json.shortCode as string };
}

const redeem = (t: TestApp, code: string, journey: 'link' | 'add', client = '198.51.100.7') =>
  t.call('POST', '/api/short-codes/redeem', {
    body: { code, journey },
    address: client,
  });

/** The same code with its last character changed: right first group, wrong second. */
function wrongSecondGroup(code: string, shift = 1) {
  const last = ALPHABET.charAt((ALPHABET.indexOf(code.slice(-1)) + shift) % ALPHABET.length);
  return code.slice(0, -1) + last;
}

describe('typed short codes (SECURITY.md row 51)', () => {
  it('shows 8 unambiguous characters beside each QR, and stores neither them nor the token', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const link = await linkCodes(t, cookie);
    const add = await generateCode(t, cookie);
    const addShort = (
      await t.call('POST', `/api/procedures/${housing.procedureId}/upload-codes`, {
        cookie,
        body: { action: 'add', typeId: 'other', name: 'Payslip' },
      })
    ).json.shortCode as string;
    for (const code of [link.shortCode, addShort]) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    const { Items } = await t.deps.db.send(new ScanCommand({ TableName: t.deps.config.TABLE_NAME }));
    const everything = JSON.stringify(Items);
    for (const secret of [link.shortCode, link.token, add.token, addShort]) {
      expect(everything).not.toContain(secret);
      expect(everything).not.toContain(secret.slice(0, 4));
    }
  });

  it('gives the QR’s token to the right code, forgiving case, spaces, dashes and O/I/L; once only', async () => {
    const t = await testApp();
    const link = await linkCodes(t, await t.signedIn());
    const typed = `${link.shortCode.slice(0, 4)}-${link.shortCode.slice(4)}`
      .toLowerCase()
      .replace(/0/g, 'o')
      .replace(/1/g, 'l');
    const first = await redeem(t, ` ${typed} `, 'link');
    expect(first.status).toBe(200);
    expect(first.json).toEqual({ token: link.token });
    const again = await redeem(t, link.shortCode, 'link');
    expect(again.status).toBe(410);
    expect(again.json.error.code).toBe('short_code_used');
  });

  it('says what a code looks like when the text cannot be one', async () => {
    const t = await testApp();
    for (const code of ['', 'ABC', 'ABCD-EFGHJ', 'UUUU UUUU', '4K7M 2QX!']) {
      const answer = await redeem(t, code, 'link');
      expect(answer.status).toBe(400);
      expect(answer.json.error.code).toBe('short_code_malformed');
    }
  });

  it('kills a code at its third wrong try: the right code is refused afterwards', async () => {
    const t = await testApp();
    const link = await linkCodes(t, await t.signedIn());
    for (const shift of [1, 2]) {
      const wrong = await redeem(t, wrongSecondGroup(link.shortCode, shift), 'link', `203.0.113.${shift}`);
      expect(wrong.status).toBe(404);
      expect(wrong.json.error.code).toBe('short_code_wrong');
    }
    // Two misses from two clients: the code is still alive.
    const third = await redeem(t, wrongSecondGroup(link.shortCode, 3), 'link', '203.0.113.3');
    expect(third.json.error.code).toBe('short_code_wrong');
    const right = await redeem(t, link.shortCode, 'link', '203.0.113.4');
    expect(right.status).toBe(410);
    expect(right.json.error.code).toBe('short_code_dead');
    // The QR itself is not harmed by guesses against its typed twin.
    expect((await testPhone(t).preview(link.token)).status).toBe(200);
  });

  it('counts parallel wrong tries exactly: three at once kill the code', async () => {
    const t = await testApp();
    const link = await linkCodes(t, await t.signedIn());
    await Promise.all(
      [1, 2, 3].map((shift) =>
        redeem(t, wrongSecondGroup(link.shortCode, shift), 'link', `203.0.113.${shift}`),
      ),
    );
    expect((await redeem(t, link.shortCode, 'link')).json.error.code).toBe('short_code_dead');
  });

  it('expires with its QR', async () => {
    const t = await testApp();
    const link = await linkCodes(t, await t.signedIn());
    t.clock.advance(5 * 60 * 1000 + 1000);
    const late = await redeem(t, link.shortCode, 'link');
    expect(late.status).toBe(410);
    expect(late.json.error.code).toBe('short_code_expired');
  });

  it('limits the tries of one client, even with the right code, and not other clients', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const link = await linkCodes(t, cookie);
    const attempts = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        redeem(t, `ZZZZ${String(i).padStart(4, '0')}`, 'link', '192.0.2.9'),
      ),
    );
    expect(attempts.filter((answer) => answer.status === 404)).toHaveLength(10);
    expect(attempts.filter((answer) => answer.status === 429)).toHaveLength(2);
    const blocked = await redeem(t, link.shortCode, 'link', '192.0.2.9');
    expect(blocked.status).toBe(429);
    expect(blocked.json.error.code).toBe('short_code_too_many');
    expect((await redeem(t, link.shortCode, 'link', '192.0.2.10')).status).toBe(200);
  });
});

describe('a typed link code is approved on the computer (SECURITY.md row 52)', () => {
  it('waits for the citizen to approve the phone by its name, then links', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const link = await linkCodes(t, cookie);
    const { token } = (await redeem(t, link.shortCode, 'link')).json;
    const stranger = testPhone(t);
    expect((await stranger.preview(token, 'Pixel 7')).status).toBe(200);
    const waiting = await stranger.claim(token, { deviceName: 'Pixel 7' });
    expect(waiting.status).toBe(409);
    expect(waiting.json.error.code).toBe('link_approval_pending');
    expect(stranger.cookie).toBeUndefined();

    const status = await t.call('GET', `/api/link-codes/${link.codeId}`, { cookie });
    expect(status.json.approval).toEqual({ deviceName: 'Pixel 7', browser: expect.stringMatching(/Chrome/) });
    // Approving a name the computer did not show changes nothing.
    const otherName = await t.call('POST', `/api/link-codes/${link.codeId}/approval`, {
      cookie,
      body: { approve: true, deviceName: 'Some other phone' },
    });
    expect(otherName.status).toBe(409);
    expect((await stranger.claim(token, { deviceName: 'Pixel 7' })).status).toBe(409);

    const yes = await t.call('POST', `/api/link-codes/${link.codeId}/approval`, {
      cookie,
      body: { approve: true, deviceName: 'Pixel 7' },
    });
    expect(yes.status).toBe(204);
    // A rename after the approval is put before the citizen again.
    expect((await stranger.claim(token, { deviceName: 'Renamed' })).status).toBe(409);
    await t.call('POST', `/api/link-codes/${link.codeId}/approval`, {
      cookie,
      body: { approve: true, deviceName: 'Renamed' },
    });
    const linked = await stranger.claim(token, { deviceName: 'Renamed' });
    expect(linked.status).toBe(201);
  });

  it('ends the code when the citizen says no', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const link = await linkCodes(t, cookie);
    const { token } = (await redeem(t, link.shortCode, 'link')).json;
    const stranger = testPhone(t);
    await stranger.claim(token, { deviceName: 'Pixel 7' });
    const no = await t.call('POST', `/api/link-codes/${link.codeId}/approval`, {
      cookie,
      body: { approve: false, deviceName: 'Pixel 7' },
    });
    expect(no.status).toBe(204);
    for (const name of ['Pixel 7', 'Another name']) {
      const refused = await stranger.claim(token, { deviceName: name });
      expect(refused.status).toBe(403);
      expect(refused.json.error.code).toBe('link_refused');
    }
  });

  it('only lets the citizen who made the code decide', async () => {
    const t = await testApp();
    const link = await linkCodes(t, await t.signedIn('citizen-marie-schmit'));
    const { token } = (await redeem(t, link.shortCode, 'link')).json;
    await testPhone(t).claim(token, { deviceName: 'Pixel 7' });
    const other = await t.call('POST', `/api/link-codes/${link.codeId}/approval`, {
      cookie: await t.signedIn('citizen-luc-weber'),
      body: { approve: true, deviceName: 'Pixel 7' },
    });
    expect(other.status).toBe(404);
  });

  it('asks nothing when the QR itself was scanned', async () => {
    const t = await testApp();
    const link = await linkCodes(t, await t.signedIn());
    expect((await testPhone(t).claim(link.token)).status).toBe(201);
  });
});

describe('a typed code for the other journey (SECURITY.md row 53)', () => {
  it('refuses a link code typed to add a document, without using it up', async () => {
    const t = await testApp();
    const link = await linkCodes(t, await t.signedIn());
    const wrongJourney = await redeem(t, link.shortCode, 'add');
    expect(wrongJourney.status).toBe(409);
    expect(wrongJourney.json.error).toEqual({
      code: 'short_code_for_link',
      message: expect.stringMatching(/linking a phone, not for adding a document/),
    });
    expect((await redeem(t, link.shortCode, 'link')).status).toBe(200);
  });

  it('refuses an add-document code typed to link a phone', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const answer = await t.call('POST', `/api/procedures/${housing.procedureId}/upload-codes`, {
      cookie,
      body: { action: 'add', typeId: 'other', name: 'Payslip' },
    });
    const wrongJourney = await redeem(t, answer.json.shortCode, 'link');
    expect(wrongJourney.status).toBe(409);
    expect(wrongJourney.json.error.code).toBe('short_code_for_add');
    const right = await redeem(t, answer.json.shortCode, 'add');
    expect(right.json.token).toBe(new URL(answer.json.url).hash.slice(1));
  });
});
