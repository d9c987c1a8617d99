import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../test/test-app.js';
import { hashToken } from '../platform/tokens.js';
import { newLinkCode, testPhone } from './fixtures/test-phone.js';

describe('link codes on the computer', () => {
  it('gives a QR URL on this site with a 256-bit token in the fragment, valid 5 minutes', async () => {
    const t = await testApp();
    const answer = await t.call('POST', '/api/link-codes', { cookie: await t.signedIn() });
    expect(answer.status).toBe(201);
    const url = new URL(answer.json.url);
    expect(`${url.origin}${url.pathname}`).toBe(`${t.origin}/app/link`);
    expect(Buffer.from(url.hash.slice(1), 'base64url')).toHaveLength(32);
    expect(answer.json.secondsLeft).toBe(300);
    expect(answer.json.codeId).toBe(hashToken(url.hash.slice(1)));
  });

  it('stores only the SHA-256 of the token, never the token (SECURITY.md row 5)', async () => {
    const t = await testApp();
    const { token } = await newLinkCode(t, await t.signedIn());
    const { Items } = await t.deps.db.send(new ScanCommand({ TableName: t.deps.config.TABLE_NAME }));
    const everything = JSON.stringify(Items);
    expect(everything).not.toContain(token);
    expect(everything).toContain(`LINK_CODE#${hashToken(token)}`);
  });

  it('asks to sign in again when the computer sign-in is older than the limit (row 8)', async () => {
    const t = await testApp({ AUTH_MAX_AGE_MINUTES: '15' });
    const stale = await t.signedIn('citizen-marie-schmit', Math.floor(t.clock.now() / 1000) - 16 * 60);
    const answer = await t.call('POST', '/api/link-codes', { cookie: stale });
    expect(answer.status).toBe(401);
    expect(answer.json.error).toEqual({
      code: 'reauth_required',
      message: expect.stringMatching(/sign in again/),
    });
    const fresh = await t.call('POST', '/api/link-codes', { cookie: await t.signedIn() });
    expect(fresh.status).toBe(201);
  });

  it('needs a signed-in computer, and refuses a cross-site request (row 9)', async () => {
    const t = await testApp();
    expect((await t.call('POST', '/api/link-codes')).status).toBe(401);
    const forged = await t.call('POST', '/api/link-codes', {
      cookie: await t.signedIn(),
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(forged.status).toBe(403);
  });

  it('reports waiting, then scanned, then linked with the claiming phone’s name only (row 45)', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const { token, codeId } = await newLinkCode(t, cookie);
    const status = async () => (await t.call('GET', `/api/link-codes/${codeId}`, { cookie })).json;
    expect(await status()).toMatchObject({ state: 'waiting' });
    const phone = testPhone(t);
    await phone.preview(token, 'Pixel of Marie');
    expect(await status()).toMatchObject({ state: 'scanned' });
    // Whoever else holds the token previews again, with a name and a browser of their choosing.
    const stranger = testPhone(
      t,
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0) Safari/604.1 Official Marie iPhone',
    );
    expect((await stranger.preview(token, 'Security check: type your password here')).status).toBe(200);
    const scanned = await status();
    expect(scanned.state).toBe('scanned');
    expect(JSON.stringify(scanned)).not.toMatch(/Security check|Pixel of Marie|iPhone/);
    await phone.claim(token, { deviceName: 'Marie’s Pixel' });
    expect(await status()).toMatchObject({ state: 'linked', deviceName: 'Marie’s Pixel' });
    await stranger.preview(token, 'Rewritten');
    expect(await status()).toMatchObject({ state: 'linked', deviceName: 'Marie’s Pixel' });
  });

  it("does not show one citizen's code status to another", async () => {
    const t = await testApp();
    const { codeId } = await newLinkCode(t, await t.signedIn('citizen-marie-schmit'));
    const other = await t.call('GET', `/api/link-codes/${codeId}`, {
      cookie: await t.signedIn('citizen-luc-weber'),
    });
    expect(other.status).toBe(404);
  });
});

describe('a link code seen from the phone', () => {
  it('shows the masked account holder and the site before anything is claimed (row 6)', async () => {
    const t = await testApp();
    const { token } = await newLinkCode(t, await t.signedIn('citizen-marie-schmit'));
    const answer = await testPhone(t).preview(token);
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ holder: 'M**** S*****', site: new URL(t.origin).host, secondsLeft: 300 });
  });

  it('is refused with 410 once past its expiry, although the item is still in the table (row 3)', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const { token, codeId } = await newLinkCode(t, cookie);
    t.clock.advance(5 * 60 * 1000);
    const phone = testPhone(t);
    const preview = await phone.preview(token);
    expect(preview.status).toBe(410);
    expect(preview.json.error.code).toBe('link_code_expired');
    const claim = await phone.claim(token);
    expect(claim.status).toBe(410);
    expect(claim.json.error.code).toBe('link_code_expired');
    expect((await t.call('GET', `/api/link-codes/${codeId}`, { cookie })).json.state).toBe('expired');
  });

  it('answers random, truncated and malformed codes alike, then limits the caller (row 4)', async () => {
    const t = await testApp();
    const { token } = await newLinkCode(t, await t.signedIn());
    const phone = testPhone(t);
    const bad = ['A'.repeat(43), token.slice(0, 20), `${token.slice(0, 42)}*`, '<script>', ''];
    const answers = await Promise.all(bad.map((value) => phone.preview(value)));
    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(answer.json.error).toEqual({
        code: 'link_code_unknown',
        message: 'This QR code is not valid. Generate a new QR code on your computer and scan it.',
      });
    }
    const limited = await phone.preview('B'.repeat(43));
    expect(limited.status).toBe(429);
    expect(limited.json.error.code).toBe('too_many_attempts');
    expect((await phone.preview(token)).status).toBe(429);
    t.clock.advance(20 * 60 * 1000);
    expect((await phone.preview(token)).status).toBe(410);
  });
});
