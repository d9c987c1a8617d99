import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations } from './harness/axe.js';
import { phoneBrowser } from './harness/browser.js';

const { origin } = inject('stack');

describe('the installable app on a phone', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context } = await phoneBrowser());
    page = context.pages()[0] ?? (await context.newPage());
  });
  afterAll(() => context?.close());

  it('is installable: Chromium reports no installability errors', async () => {
    await page.goto(`${origin}/app`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    // A CDP session left attached keeps Playwright's offline emulation from reaching the page.
    await cdp.detach();
    expect(installabilityErrors.map((error) => error.errorId)).toEqual([]);
    const manifest = await (await page.request.get(`${origin}/manifest.webmanifest`)).json();
    expect(manifest.start_url).toBe('/app');
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.some((icon: { purpose?: string }) => icon.purpose === 'maskable')).toBe(true);
  });

  it('opens /app without a network once installed, and says it is offline', async () => {
    // The service worker controls the page from the next load on; only then is the shell cached for offline use.
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    try {
      await page.goto(`${origin}/app`);
      await page.getByRole('status').filter({ hasText: 'You are offline' }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
    } finally {
      await context.setOffline(false);
    }
  });

  it('serves pages with the security headers the CloudFront policy also sets', async () => {
    const response = await page.request.get(`${origin}/app`);
    const csp = response.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers()['referrer-policy']).toBe('no-referrer');
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
  });

  it('blocks an injected inline script (CSP)', async () => {
    await page.goto(`${origin}/app`);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
  });
});
