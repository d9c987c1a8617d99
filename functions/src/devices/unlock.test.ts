import { describe, expect, it } from 'vitest';
import { must } from '../../test/must.js';
import { testApp } from '../../test/test-app.js';
import { GOOD_PASSWORD, linkedPhone, testPhone } from '../link/fixtures/test-phone.js';

describe('unlocking with the app password', () => {
  it('gives a new device session when the device key signs the challenge and the password is right', async () => {
    const t = await testApp();
    const phone = await linkedPhone(t, await t.signedIn());
    const linkSession = phone.cookie;
    const answer = await phone.unlock(GOOD_PASSWORD);
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ unlocked: true, deviceName: 'Pixel 7', holderName: 'Marie Schmit' });
    expect(phone.cookie).toBeDefined();
    expect(phone.cookie).not.toBe(linkSession);
    expect((await phone.get('/api/device')).status).toBe(200);
  });

  it('says how many attempts are left, then locks the device after 5 wrong passwords (row 12)', async () => {
    const t = await testApp();
    const phone = await linkedPhone(t, await t.signedIn());
    for (const left of [4, 3, 2, 1]) {
      const answer = await phone.unlock('wrong password!');
      expect(answer.status).toBe(401);
      expect(answer.json.error).toMatchObject({ code: 'wrong_password', details: { attemptsLeft: left } });
      expect(answer.json.error.message).toContain(`${left} attempt`);
    }
    const fifth = await phone.unlock('wrong password!');
    expect(fifth.status).toBe(403);
    expect(fifth.json.error.code).toBe('device_locked');
    // The right password no longer helps, the session of the link has ended, and relinking is the way.
    const challenge = await t.call('POST', '/api/unlock/challenge', { body: phone.which() });
    expect(challenge.json.error.code).toBe('device_locked');
    expect((await phone.get('/api/device')).json.error.code).toBe('device_locked');
    const devices = await t.call('GET', '/api/devices', { cookie: await t.signedIn() });
    expect(devices.json.devices[0]).toMatchObject({ status: 'locked' });
  });

  it('resets the count after a right password', async () => {
    const t = await testApp();
    const phone = await linkedPhone(t, await t.signedIn());
    for (let i = 0; i < 4; i += 1) await phone.unlock('not it at all');
    expect((await phone.unlock(GOOD_PASSWORD)).status).toBe(200);
    expect((await phone.unlock('not it at all')).json.error.details.attemptsLeft).toBe(4);
  });

  it('refuses a replayed challenge and signature (row 15)', async () => {
    const t = await testApp();
    const phone = await linkedPhone(t, await t.signedIn());
    const challenge = await phone.challenge();
    const signature = phone.signature(challenge);
    expect((await phone.unlock(GOOD_PASSWORD, challenge, signature)).status).toBe(200);
    const replay = await phone.unlock(GOOD_PASSWORD, challenge, signature);
    expect(replay.status).toBe(401);
    expect(replay.json.error.code).toBe('challenge_invalid');
  });

  it('refuses an expired challenge, and a signature from another key', async () => {
    const t = await testApp();
    const phone = await linkedPhone(t, await t.signedIn());
    const old = await phone.challenge();
    t.clock.advance(3 * 60 * 1000);
    expect((await phone.unlock(GOOD_PASSWORD, old)).json.error.code).toBe('challenge_invalid');

    const thief = testPhone(t);
    thief.device = phone.device;
    const stolen = await thief.unlock(GOOD_PASSWORD);
    expect(stolen.status).toBe(401);
    expect(stolen.json.error.code).toBe('signature_invalid');
  });

  it('ends an idle device session (row 21)', async () => {
    const t = await testApp();
    const phone = await linkedPhone(t, await t.signedIn());
    t.clock.advance(11 * 60 * 1000);
    const after = await phone.get('/api/device');
    expect(after.status).toBe(401);
    expect(after.json.error.code).toBe('device_session_ended');
  });

  it('answers 410 for a device that is not linked', async () => {
    const t = await testApp();
    const answer = await t.call('POST', '/api/unlock/challenge', {
      body: { citizenId: 'citizen-marie-schmit', deviceId: crypto.randomUUID() },
    });
    expect(answer.status).toBe(410);
    expect(answer.json.error.code).toBe('device_unlinked');
  });

  it('counts 40 wrong passwords sent at once atomically; once locked every answer is the same, the right password included (row 41)', async () => {
    const t = await testApp();
    const phone = await linkedPhone(t, await t.signedIn());
    // Every attempt is signed over its own challenge, issued while the device is still active, and
    // sent from its own address (as a botnet would: the guess limit counts per address, row 42).
    const challenges: string[] = [];
    for (let i = 0; i < 41; i += 1) challenges.push(await phone.challenge());
    const right = must(challenges.pop(), 'the 41st challenge');
    const answers = await Promise.all(
      challenges.map((challenge, i) => {
        phone.address = `10.41.0.${i + 1}`;
        return phone.unlock('wrong password!', challenge);
      }),
    );
    const wrong = answers.filter((answer) => answer.json.error?.code === 'wrong_password');
    expect(wrong.map((answer) => answer.json.error.details.attemptsLeft).sort()).toEqual([1, 2, 3, 4]);
    const rest = answers.filter((answer) => answer.json.error?.code !== 'wrong_password');
    const fifth = rest.filter((answer) => answer.json.error.message.includes('fifth time'));
    expect(fifth).toHaveLength(1);
    const locked = await phone.unlock(GOOD_PASSWORD, right);
    expect(locked.status).toBe(403);
    const afterLock = rest.filter((answer) => answer !== fifth[0]);
    expect(afterLock).toHaveLength(35);
    for (const answer of afterLock) {
      expect({ status: answer.status, body: answer.json }).toEqual({
        status: locked.status,
        body: locked.json,
      });
    }
  }, 120_000);
});
