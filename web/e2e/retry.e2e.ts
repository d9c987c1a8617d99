import { resolve } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../functions/local/free-port.js';
import { startSite } from '../../functions/local/site-server.js';
import { createApp } from '../../functions/src/app.js';
import { citizenLifetime } from '../../functions/src/auth/citizen-session.js';
import { createSession } from '../../functions/src/auth/sessions.js';
import { readConfig } from '../../functions/src/platform/config.js';
import { createDeps } from '../../functions/src/platform/deps.js';
import { type FaultProxy, startFaultProxy } from '../../functions/test/fault-proxy.js';
import { accessibilityViolations } from './harness/axe.js';
import { desktopBrowser } from './harness/browser.js';

// SECURITY.md row 38, seen from the browser: the API's DynamoDB is held by the fault proxy, so the
// API answers 503 + Retry-After; the page says it is trying again and, once the proxy releases,
// the same calls succeed and the page appears, with no action from the citizen.
const stack = inject('stack');

describe('a busy service, then back (row 38)', () => {
  let proxy: FaultProxy;
  let site: Awaited<ReturnType<typeof startSite>>;
  let browser: Browser;
  let context: BrowserContext;
  let origin: string;
  let session: string;

  beforeAll(async () => {
    // A second site over the same stack, whose API reaches DynamoDB through the proxy, with short
    // timeouts so a held call is given up quickly.
    proxy = await startFaultProxy(stack.urls.dynamodb);
    const port = await freePort();
    origin = `http://localhost:${port}`;
    const deps = createDeps(
      readConfig({
        ...stack.env,
        ALLOWED_ORIGINS: origin,
        DYNAMODB_ENDPOINT: proxy.url,
        AWS_CONNECT_TIMEOUT_MS: '500',
        AWS_REQUEST_TIMEOUT_MS: '1000',
      }),
    );
    site = await startSite({
      api: createApp(deps),
      webDir: resolve('dist/web'),
      uploadOrigin: new URL(stack.urls.s3).origin,
      port,
    });
    ({ token: session } = await createSession(
      deps,
      { kind: 'citizen', citizenId: 'citizen-marie-schmit', authTime: Math.floor(Date.now() / 1000) },
      citizenLifetime(deps),
    ));
    ({ browser, context } = await desktopBrowser('en-GB'));
    await context.addCookies([
      { name: 'passerelle_session', value: session, domain: 'localhost', path: '/' },
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.stop();
    await proxy?.stop();
  });

  it('says the service is busy and retries; released, the procedures appear', async () => {
    const page = await context.newPage();
    proxy.rule = () => 'hold';
    await page.goto(`${origin}/procedures`);
    const notice = page.getByTestId('retry-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/^The service is busy, trying again (in \d+ s|now)…$/);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'The service is busy' }).count())
      .toBe(1);
    // The notice and the portal's loading screen behind it: a landmark, a heading, nothing to fix.
    expect(await accessibilityViolations(page)).toEqual([]);
    const refused = proxy.seen.length;
    proxy.rule = () => 'pass';
    proxy.release();
    await page.getByRole('link', { name: 'Housing allowance application' }).waitFor();
    await notice.waitFor({ state: 'detached' });
    expect(proxy.seen.length).toBeGreaterThan(refused);
    await page.close();
  });
});
