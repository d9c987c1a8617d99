import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../test/test-app.js';
import { linkedPhone } from '../link/fixtures/test-phone.js';
import { epochSeconds } from './clock.js';
import { allowanceHolder } from './creation-limit.js';

/** A small allowance, so the test floods it quickly (the default is in config.ts). */
const LIMIT = 5;

/** Every item the table holds whose key starts with `prefix`. */
async function itemsStartingWith(t: Awaited<ReturnType<typeof testApp>>, prefix: string) {
  const { Items = [] } = await t.deps.db.send(new ScanCommand({ TableName: t.deps.config.TABLE_NAME }));
  return Items.filter((item) => String(item.pk).startsWith(prefix));
}

describe('anonymous calls that create items are bounded (row 43)', () => {
  it('sign-in starts: N from one address pass, the next is refused 429, another address still works', async () => {
    const t = await testApp({ ANONYMOUS_CREATES_PER_WINDOW: String(LIMIT) });
    for (let i = 0; i < LIMIT; i += 1) {
      const started = await t.call('GET', '/api/auth/sign-in/luxtrust', { address: '198.51.100.7' });
      expect(started.status).toBe(302);
    }
    const refused = await t.call('GET', '/api/auth/sign-in/luxtrust', { address: '198.51.100.7' });
    expect(refused.status).toBe(429);
    expect(refused.json.error.code).toBe('too_many_requests');
    expect(refused.json.error.message).toMatch(/too many/i);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await t.call('GET', '/api/auth/sign-in/eid', { address: '198.51.100.8' })).status).toBe(302);
    // Exactly the allowed sign-in transactions exist, and each (and the counter) expires by TTL.
    const transactions = await itemsStartingWith(t, 'SIGNIN#');
    expect(transactions).toHaveLength(LIMIT + 1);
    const now = epochSeconds(t.clock.now());
    for (const item of [...transactions, ...(await itemsStartingWith(t, 'RATE#'))]) {
      expect(item.expiresAt).toBeGreaterThan(now);
      expect(item.expiresAt).toBeLessThanOrEqual(now + 30 * 60);
    }
  });

  it('many sign-in starts at once from one address: exactly N pass', async () => {
    const t = await testApp({ ANONYMOUS_CREATES_PER_WINDOW: String(LIMIT) });
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.call('GET', '/api/auth/sign-in/luxtrust', { address: '203.0.113.9' }),
      ),
    );
    expect(answers.filter((answer) => answer.status === 302)).toHaveLength(LIMIT);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(20 - LIMIT);
    expect(await itemsStartingWith(t, 'SIGNIN#')).toHaveLength(LIMIT);
  });

  it('unlock challenges (password and WebAuthn): bounded per address; a new window allows again', async () => {
    const t = await testApp({ ANONYMOUS_CREATES_PER_WINDOW: String(LIMIT) });
    const phone = await linkedPhone(t, await t.signedIn());
    const ask = (path: string) => t.call('POST', path, { body: phone.which(), address: '192.0.2.44' });
    for (let i = 0; i < LIMIT; i += 1) expect((await ask('/api/unlock/challenge')).status).toBe(200);
    const refused = await ask('/api/unlock/challenge');
    expect(refused.status).toBe(429);
    expect(refused.json.error.code).toBe('too_many_requests');
    // The WebAuthn challenge route is counted the same way (refused before anything is read).
    expect((await ask('/api/unlock/biometrics/options')).status).toBe(429);
    expect(await itemsStartingWith(t, 'CHALLENGE#')).toHaveLength(LIMIT);
    // The phone's own address is another caller.
    expect(
      (await t.call('POST', '/api/unlock/challenge', { body: phone.which(), address: phone.address })).status,
    ).toBe(200);
    t.clock.advance(11 * 60 * 1000);
    expect((await ask('/api/unlock/challenge')).status).toBe(200);
  });

  it('counts an IPv6 caller by its /64, so rotating addresses inside it gains nothing', async () => {
    expect(allowanceHolder('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(allowanceHolder('2001:0db8:0001:0002:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
    expect(allowanceHolder('2001:db8::5')).toBe('2001:db8:0:0::/64');
    expect(allowanceHolder('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(allowanceHolder('198.51.100.7')).toBe('198.51.100.7');
    const t = await testApp({ ANONYMOUS_CREATES_PER_WINDOW: String(LIMIT) });
    for (let i = 1; i <= LIMIT; i += 1) {
      const started = await t.call('GET', '/api/auth/sign-in/luxtrust', { address: `2001:db8:1:2::${i}` });
      expect(started.status).toBe(302);
    }
    const rotated = await t.call('GET', '/api/auth/sign-in/luxtrust', { address: '2001:db8:1:2:abcd::99' });
    expect(rotated.status).toBe(429);
    expect((await t.call('GET', '/api/auth/sign-in/luxtrust', { address: '2001:db8:1:3::1' })).status).toBe(
      302,
    );
  });
});
