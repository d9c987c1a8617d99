import { must } from './must.js';
import type { TestApp } from './test-app.js';

/** A tiny cookie jar for the dev identity provider's own cookies. */
class CookieJar {
  private cookies = new Map<string, string>();
  take(response: Response | { headers: Headers }) {
    for (const line of response.headers.getSetCookie()) {
      const [name, ...value] = line.replace(/;.*$/s, '').split('=');
      this.cookies.set(must(name, 'a cookie name').trim(), value.join('='));
    }
  }
  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/**
 * The real authorization-code-with-PKCE dance: our sign-in route, the dev provider's login page
 * (choosing a test citizen), and back to our callback. Returns the session cookie.
 */
export async function signInThroughProvider(
  t: TestApp,
  citizenSub: string,
  method: 'luxtrust' | 'eid' = 'luxtrust',
) {
  const start = await t.call('GET', `/api/auth/sign-in/${method}?returnTo=/procedures`);
  if (start.status !== 302) throw new Error(`sign-in answered ${start.status}: ${start.text}`);
  const signInCookie = must(
    start.headers.getSetCookie().find((line) => line.startsWith('passerelle_signin=')),
    'the passerelle_signin cookie',
  ).replace(/;.*$/s, '');
  const jar = new CookieJar();
  let location = must(start.headers.get('location'), "the sign-in's redirect");
  for (let hop = 0; hop < 10 && !location.startsWith(t.origin); hop += 1) {
    let response = await fetch(location, { redirect: 'manual', headers: { cookie: jar.header() } });
    jar.take(response);
    if (response.status === 200 && new URL(location).pathname.startsWith('/interaction/')) {
      const uid = new URL(location).pathname.split('/')[2];
      response = await fetch(new URL(`/interaction/${uid}/login`, location), {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ sub: citizenSub }),
      });
      jar.take(response);
    }
    const next = response.headers.get('location');
    if (!next) throw new Error(`the provider stopped at ${location} with ${response.status}`);
    location = new URL(next, location).href;
  }
  const callback = new URL(location);
  const done = await t.call('GET', `${callback.pathname}${callback.search}`, { cookie: signInCookie });
  const session = done.headers.getSetCookie().find((line) => line.startsWith('passerelle_session='));
  return { response: done, sessionCookie: session?.split(';')[0], setCookieLine: session };
}
