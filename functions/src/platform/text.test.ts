import { describe, expect, it } from 'vitest';
import { mailsTo, testApp } from '../../test/test-app.js';
import { cleanDeviceName } from '../devices/device-name.js';
import { GOOD_PASSWORD, newLinkCode, testPhone } from '../link/fixtures/test-phone.js';

const lone = '\uD83D'; // the first half of an emoji, alone: not text
const wellFormed = (value: string) => !/\p{Cs}/u.test(value);

describe('invalid text in any field (row 44)', () => {
  it('the device-name cleaner removes lone surrogates', () => {
    expect(cleanDeviceName(`Pixel${lone} 7`)).toBe('Pixel 7');
    expect(cleanDeviceName(`\uDC00Pixel 📱`)).toBe('Pixel 📱');
    expect(wellFormed(cleanDeviceName(`${'é'.repeat(63)}${lone}x`))).toBe(true);
  });

  it('refuses a lone surrogate in any JSON field, key or value, and stores or emails nothing', async () => {
    const t = await testApp();
    const desktop = await t.signedIn();
    const { token, codeId } = await newLinkCode(t, desktop);
    const phone = testPhone(t);
    for (const overrides of [
      { deviceName: `Pixel${lone}` },
      { password: `${GOOD_PASSWORD}${lone}` },
      { [`language${lone}`]: 'en' },
    ]) {
      const answer = await phone.claim(token, overrides);
      expect(answer.status).toBe(400);
      expect(answer.json.error.code).toBe('invalid_request');
    }
    const preview = await phone.preview(token, `Pixel${lone}`);
    expect(preview.status).toBe(400);
    const status = await t.call('GET', `/api/link-codes/${codeId}`, { cookie: desktop });
    expect(status.json.state).toBe('waiting');
    const linked = await phone.claim(token);
    expect(linked.status).toBe(201);
    const mails = await mailsTo('marie.schmit@example.lu');
    for (const mail of mails) {
      expect(wellFormed(`${mail.subject}${mail.body.text}${mail.body.html}`)).toBe(true);
    }
  });
});
