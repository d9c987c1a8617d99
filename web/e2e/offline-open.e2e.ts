import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accountStrings } from '../src/phone/account/strings.js';
import { unlockStrings } from '../src/phone/unlock-strings.js';
import { accessibilityViolations } from './harness/axe.js';
import { desktopBrowser, phoneBrowser } from './harness/browser.js';
import { signIn } from './harness/citizen.js';
import { linkPhone } from './harness/link-phone.js';

const { origin } = inject('stack');
// Sofia links this phone: no other browser test uses her account.
const HOLDER = 'Sofia Costa';
const PASSWORD = 'Le bus 16 passe devant la gare';
const IDLE_MINUTES = 11;

/** The linked phone's stored link, as IndexedDB holds it (web/src/phone/device-store.ts). */
const setLastActive = (phone: Page, minutesAgo: number) =>
  phone.evaluate(
    (ago) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('passerelle-device');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('device', 'readwrite').objectStore('device');
          const read = store.get('current');
          read.onsuccess = () => {
            const write = store.put({ ...read.result, activeAt: Date.now() - ago * 60_000 }, 'current');
            write.onsuccess = () => resolve();
            write.onerror = () => reject(write.error);
          };
        };
      }),
    minutesAgo,
  );

/**
 * Opened without a network (DESIGN.md, issue 11 "Offline"): a phone used a moment ago shows the
 * procedures last seen "as of" a time; one idle longer than the device session's idle limit shows the
 * unlock screen and nothing of the account, says unlocking needs the internet, and continues by
 * itself once the network returns.
 */
describe('opening the linked app offline', () => {
  let browser: Browser;
  let phoneContext: BrowserContext;
  let phone: Page;

  beforeAll(async () => {
    let desktop: BrowserContext;
    ({ browser, context: desktop } = await desktopBrowser());
    const computer = await desktop.newPage();
    await signIn(computer, origin, HOLDER);
    ({ context: phoneContext } = await phoneBrowser());
    phone = await phoneContext.newPage();
    await linkPhone(computer, phone, { password: PASSWORD, deviceName: 'Sofia’s Moto', holder: HOLDER });
    // The procedures seen once online, and the service worker in control for the offline loads.
    await phone
      .getByRole('region', { name: accountStrings.en.myProcedures })
      .getByRole('link')
      .first()
      .waitFor();
    await phone.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await phone.reload();
    await phone.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await phone.getByRole('heading', { name: `Hello, ${HOLDER}` }).waitFor();
  });
  afterAll(async () => {
    await phoneContext?.close();
    await browser?.close();
  });

  it('used a moment ago: the procedures last seen, as of a time', async () => {
    await phoneContext.setOffline(true);
    try {
      await phone.goto(`${origin}/app`);
      await phone.getByRole('heading', { name: `Hello, ${HOLDER}` }).waitFor();
      await phone.getByText(accountStrings.en.asOf.split('{time}')[0]!.trim(), { exact: false }).waitFor();
      await phone
        .getByRole('region', { name: accountStrings.en.myProcedures })
        .getByRole('link')
        .first()
        .waitFor();
      expect(await accessibilityViolations(phone)).toEqual([]);
    } finally {
      await phoneContext.setOffline(false);
    }
  });

  it('idle past the session limit: the unlock screen, nothing of the account, and it continues once online', async () => {
    // A fresh online load first: the previous test's return online re-checks the device and writes
    // its own activity time, which must not land after ours.
    await phone.goto(`${origin}/app`);
    await phone.getByRole('heading', { name: `Hello, ${HOLDER}` }).waitFor();
    await setLastActive(phone, IDLE_MINUTES);
    await phoneContext.setOffline(true);
    try {
      await phone.goto(`${origin}/app`);
      await phone.getByRole('heading', { name: 'Unlock the app' }).waitFor();
      await phone.getByText(unlockStrings.en.offlineUnlock).waitFor();
      expect(await phone.getByRole('region', { name: accountStrings.en.myProcedures }).count()).toBe(0);
      expect(await accessibilityViolations(phone)).toEqual([]);
    } finally {
      await phoneContext.setOffline(false);
    }
    // Back online, the phone asks the API again by itself: this session is in fact still open.
    await phone.getByRole('heading', { name: `Hello, ${HOLDER}` }).waitFor();
    expect(new URL(phone.url()).pathname).toBe('/app');
  });
});
