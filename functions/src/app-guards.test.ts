import { describe, expect, it } from 'vitest';
import { testApp } from '../test/test-app.js';

/**
 * Generated from the app's own route table, so a route added anywhere is checked without anyone
 * writing a test for it: every state-changing route is refused cross-site (SECURITY.md row 9), and
 * every route sits behind the guard its prefix promises (rows 26 and 47). A route under a prefix
 * this table does not know fails the test until someone decides which guard it needs.
 */
type Guard = 'computer' | 'phone' | 'upload code' | 'guessed token' | 'own checks';

const guardOf: Record<string, Guard> = {
  procedures: 'computer',
  espaces: 'computer',
  'link-codes': 'computer',
  devices: 'computer',
  device: 'phone',
  'upload-code': 'upload code',
  link: 'guessed token',
  unlock: 'guessed token',
  'unlink-links': 'guessed token',
  // Sign-in and its callback are navigations; sign-out and /me carry their own requireCitizen.
  auth: 'own checks',
  // Its own per-client tries, counted in short-code-routes.ts (row 53).
  'short-codes': 'own checks',
  health: 'own checks',
};

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const SAMPLE_ID = '00000000-0000-4000-8000-000000000001';

async function routeTable() {
  const t = await testApp();
  const seen = new Set<string>();
  const routes: { method: string; path: string; url: string; guard: Guard | undefined }[] = [];
  for (const { method, path } of t.app.routes) {
    // Middleware is registered as ALL; wildcard paths are guards and fallbacks, not endpoints.
    if (method === 'ALL' || path.includes('*') || seen.has(`${method} ${path}`)) continue;
    seen.add(`${method} ${path}`);
    const prefix = path.split('/')[2] ?? '';
    routes.push({ method, path, url: path.replace(/:[^/]+/g, SAMPLE_ID), guard: guardOf[prefix] });
  }
  return { t, routes };
}

describe('the route table', () => {
  it('has a guard decided for every route', async () => {
    const { routes } = await routeTable();
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.filter((route) => !route.guard).map((route) => `${route.method} ${route.path}`)).toEqual(
      [],
    );
  });

  it('refuses every state-changing route from another site before anything else (row 9)', async () => {
    const { t, routes } = await routeTable();
    const changing = routes.filter((route) => STATE_CHANGING.has(route.method));
    expect(changing.length).toBeGreaterThan(20);
    for (const route of changing) {
      const answer = await t.call(route.method, route.url, {
        cookie: await t.signedIn(),
        crossSite: true,
        headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
        body: {},
      });
      expect([route.method, route.path, answer.status, answer.json?.error?.code]).toEqual([
        route.method,
        route.path,
        403,
        'cross_site_request',
      ]);
    }
  });

  it('opens computer routes to a signed-in computer only: not signed in, or a phone, is refused', async () => {
    const { t, routes } = await routeTable();
    for (const route of routes.filter((r) => r.guard === 'computer')) {
      const body = route.method === 'GET' ? undefined : {};
      const anonymous = await t.call(route.method, route.url, { body });
      expect([route.method, route.path, anonymous.status, anonymous.json.error.code]).toEqual([
        route.method,
        route.path,
        401,
        'signed_out',
      ]);
      const phone = await t.call(route.method, route.url, {
        body,
        cookie: `passerelle_device=${'a'.repeat(43)}`,
      });
      expect([route.path, phone.status, phone.json.error.code]).toEqual([route.path, 403, 'computer_only']);
      const code = await t.call(route.method, route.url, {
        body,
        cookie: await t.signedIn(),
        headers: { authorization: `Bearer ${'a'.repeat(43)}` },
      });
      expect([route.path, code.status, code.json.error.code]).toEqual([
        route.path,
        403,
        'upload_code_not_allowed',
      ]);
    }
  });

  it('opens phone routes to an unlocked device only: a computer’s session opens none (row 47)', async () => {
    const { t, routes } = await routeTable();
    const phoneRoutes = routes.filter((r) => r.guard === 'phone');
    expect(phoneRoutes.length).toBeGreaterThan(10);
    for (const route of phoneRoutes) {
      const answer = await t.call(route.method, route.url, {
        body: route.method === 'GET' ? undefined : {},
        cookie: await t.signedIn(),
      });
      expect([route.method, route.path, answer.status, answer.json.error.code]).toEqual([
        route.method,
        route.path,
        401,
        'device_session_ended',
      ]);
    }
  });

  it('opens upload-code routes to a code only: a session without one is refused', async () => {
    const { t, routes } = await routeTable();
    const codeRoutes = routes.filter((r) => r.guard === 'upload code');
    expect(codeRoutes.length).toBeGreaterThan(4);
    for (const [index, route] of codeRoutes.entries()) {
      const answer = await t.call(route.method, route.url, {
        body: route.method === 'GET' ? undefined : {},
        cookie: await t.signedIn(),
        // Each from its own address, so that the guess limit (a miss each) stays out of the way.
        address: `192.0.2.${index + 1}`,
      });
      expect([route.path, answer.status, answer.json.error.code]).toEqual([
        route.path,
        404,
        'upload_code_unknown',
      ]);
    }
  });
});
