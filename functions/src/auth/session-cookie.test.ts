import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { must } from '../../test/must.js';
import { testApp } from '../../test/test-app.js';
import { CITIZEN_COOKIE } from './citizen-session.js';
import { readSessionCookie, setSessionCookie } from './sessions.js';

/** SECURITY.md row 20: the same code sets the cookie over http (local) and https (AWS). */
describe('the session cookie', () => {
  const served = async (origin: string) => {
    const { deps } = await testApp({ ALLOWED_ORIGINS: origin });
    const app = new Hono()
      .get('/set', (c) => {
        setSessionCookie(c, deps, CITIZEN_COOKIE, 'token-value', 3600);
        return c.text('ok');
      })
      .get('/read', (c) => c.text(readSessionCookie(c, deps, CITIZEN_COOKIE) ?? 'none'));
    return app;
  };

  it('is __Host- prefixed, Secure, HttpOnly, SameSite=Lax, Path=/ and has no Domain over https', async () => {
    const app = await served('https://passerelle.example.lu');
    const response = await app.request('https://passerelle.example.lu/set');
    const cookie = must(response.headers.get('set-cookie'), 'the Set-Cookie of /set');
    expect(cookie).toMatch(/^__Host-passerelle_session=token-value;/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Domain=/i);
    const read = await app.request('https://passerelle.example.lu/read', {
      headers: { cookie: '__Host-passerelle_session=abc' },
    });
    expect(await read.text()).toBe('abc');
  });

  it('ignores a cookie without the prefix over https (a sibling subdomain cannot plant one)', async () => {
    const app = await served('https://passerelle.example.lu');
    const read = await app.request('https://passerelle.example.lu/read', {
      headers: { cookie: 'passerelle_session=planted' },
    });
    expect(await read.text()).toBe('none');
  });

  it('is HttpOnly and SameSite=Lax without Secure on plain http://localhost', async () => {
    const app = await served('http://localhost:5173');
    const response = await app.request('http://localhost:5173/set');
    const cookie = must(response.headers.get('set-cookie'), 'the Set-Cookie of /set');
    expect(cookie).toMatch(/^passerelle_session=token-value;/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).not.toMatch(/; Secure/);
  });
});
