import { describe, expect, it } from 'vitest';
import { must } from '../../test/must.js';
import { signInThroughProvider } from '../../test/sign-in-flow.js';
import { testApp } from '../../test/test-app.js';

describe('signing in on the computer', () => {
  it('signs a test citizen in through the OpenID provider with PKCE and opens a session', async () => {
    const t = await testApp();
    const { response, sessionCookie, setCookieLine } = await signInThroughProvider(
      t,
      'citizen-marie-schmit',
      'eid',
    );
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/procedures');
    expect(setCookieLine).toMatch(/HttpOnly/i);
    expect(setCookieLine).toMatch(/SameSite=Lax/i);
    expect(setCookieLine).not.toMatch(/Domain=/i);
    const me = await t.call('GET', '/api/auth/me', { cookie: sessionCookie });
    expect(me.status).toBe(200);
    expect(me.json.signedIn).toBe(true);
    expect(me.json.citizen.name).toBe('Marie Schmit');
    expect(me.json.citizen.espaces.map((espace: { name: string }) => espace.name)).toEqual([
      'Marie Schmit',
      'Boulangerie Schmit SARL',
    ]);
  });

  it('gives a new session id at every sign-in (no fixation)', async () => {
    const t = await testApp();
    const first = await signInThroughProvider(t, 'citizen-luc-weber');
    const second = await signInThroughProvider(t, 'citizen-luc-weber');
    expect(first.sessionCookie).toBeDefined();
    expect(second.sessionCookie).not.toBe(first.sessionCookie);
  });

  it('refuses a callback that does not carry the state cookie of the browser that started', async () => {
    const t = await testApp();
    const start = await t.call('GET', '/api/auth/sign-in/luxtrust');
    const state = new URL(must(start.headers.get('location'), "the sign-in's redirect")).searchParams.get(
      'state',
    );
    const forged = await t.call('GET', `/api/auth/callback?code=abc&state=${state}`);
    expect(forged.status).toBe(302);
    expect(forged.headers.get('location')).toBe('/?signin=failed');
    expect(forged.headers.getSetCookie().some((line) => line.startsWith('passerelle_session='))).toBe(false);
  });

  it('refuses to redirect anywhere but this site after sign-in', async () => {
    const t = await testApp();
    const response = await t.call('GET', '/api/auth/sign-in/luxtrust?returnTo=//evil.example/phish');
    expect(response.status).toBe(400);
    expect(response.json.error.code).toBe('invalid_request');
  });

  it('signs out: the old session opens nothing afterwards, and /auth/me says so without an error', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    expect((await t.call('POST', '/api/auth/sign-out', { cookie })).status).toBe(200);
    const after = await t.call('GET', '/api/auth/me', { cookie });
    expect(after.status).toBe(200);
    expect(after.json).toEqual({ signedIn: false, reason: 'signed_out' });
    const refused = await t.call('GET', '/api/devices', { cookie });
    expect(refused.status).toBe(401);
    expect(refused.json.error.code).toBe('signed_out');
  });

  it('answers a first visit (no cookie) 200 signed out, reading nothing', async () => {
    const t = await testApp();
    const calls: string[] = [];
    t.deps.db.middlewareStack.add(
      (next, context) => async (args) => {
        calls.push(String(context.commandName));
        return next(args);
      },
      { step: 'initialize', name: 'signedOutCallCounter' },
    );
    const me = await t.call('GET', '/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.json).toEqual({ signedIn: false, reason: 'signed_out' });
    expect(calls).toEqual([]);
  });

  it('ends an idle session with a human message', async () => {
    const t = await testApp({ SESSION_IDLE_MINUTES: '30' });
    const cookie = await t.signedIn();
    t.clock.advance(31 * 60 * 1000);
    const after = await t.call('GET', '/api/auth/me', { cookie });
    expect(after.status).toBe(200);
    expect(after.json).toEqual({ signedIn: false, reason: 'session_expired' });
    const refused = await t.call('GET', '/api/devices', { cookie });
    expect(refused.status).toBe(401);
    expect(refused.json.error).toEqual({
      code: 'session_expired',
      message: expect.stringMatching(/Sign in again/),
    });
  });

  it('ends a session at its absolute lifetime even when it is used all along', async () => {
    const t = await testApp({ SESSION_IDLE_MINUTES: '30', SESSION_MAX_HOURS: '1' });
    const cookie = await t.signedIn();
    for (let minutes = 0; minutes < 60; minutes += 20) {
      t.clock.advance(20 * 60 * 1000);
      const during = await t.call('GET', '/api/auth/me', { cookie });
      expect(during.json.signedIn, `after ${minutes + 20} minutes`).toBe(minutes + 20 < 60);
    }
  });
});
