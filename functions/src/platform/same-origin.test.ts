import { describe, expect, it } from 'vitest';
import { testApp } from '../../test/test-app.js';

describe('cross-site requests (SECURITY.md row 9)', () => {
  it('refuses a state-changing request from another site with 403, and changes nothing', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const forged = await t.call('POST', '/api/auth/sign-out', {
      cookie,
      crossSite: true,
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(forged.status).toBe(403);
    expect(forged.json.error.code).toBe('cross_site_request');
    expect((await t.call('GET', '/api/auth/me', { cookie })).status).toBe(200);
  });

  it('refuses a POST with no Origin at all', async () => {
    const t = await testApp();
    const forged = await t.call('POST', '/api/auth/sign-out', {
      cookie: await t.signedIn(),
      crossSite: true,
    });
    expect(forged.status).toBe(403);
  });

  it('refuses a same-origin POST that is not JSON (no HTML form can reach the API)', async () => {
    const t = await testApp();
    const form = await t.call('POST', '/api/auth/sign-out', {
      cookie: await t.signedIn(),
      body: 'a=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
    expect(form.json.error.code).toBe('json_only');
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const t = await testApp();
    const answer = await t.call('GET', '/api/nothing-here');
    expect(answer.status).toBe(404);
    expect(answer.json).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });
});
