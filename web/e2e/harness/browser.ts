import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type LaunchOptions } from 'playwright-core';

/** Debian's Chromium, never a downloaded browser (PITFALLS.md). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** One step of a test (a click, a wait) — generous for a shared 2-core machine, not a performance limit. */
const STEP_TIMEOUT = 20_000;

const baseArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function launchOptions(extraArgs: string[] = []): LaunchOptions {
  return { executablePath: CHROMIUM, headless: true, args: [...baseArgs, ...extraArgs] };
}

export const fakeCameraArgs = (y4mPath: string) => [
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  `--use-file-for-fake-video-capture=${y4mPath}`,
];

/** The citizen's computer: a desktop-sized window. */
export async function desktopBrowser(
  locale = 'en-GB',
): Promise<{ browser: Browser; context: BrowserContext }> {
  const browser = await chromium.launch(launchOptions());
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
  context.setDefaultTimeout(STEP_TIMEOUT);
  return { browser, context };
}

/**
 * The citizen's phone: a persistent profile (IndexedDB, service worker and installability behave as
 * on a real phone, not incognito), a phone-sized touch viewport, optionally a fake camera.
 */
export async function phoneBrowser(options: { y4m?: string; locale?: string; profileDir?: string } = {}) {
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'passerelle-phone-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    ...launchOptions(options.y4m ? fakeCameraArgs(options.y4m) : []),
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: options.locale ?? 'en-GB',
    userAgent:
      'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36',
  });
  context.setDefaultTimeout(STEP_TIMEOUT);
  return { context, profileDir };
}

export const tempFile = (name: string) => join(mkdtempSync(join(tmpdir(), 'passerelle-e2e-')), name);
