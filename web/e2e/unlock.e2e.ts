import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations } from './harness/axe.js';
import { desktopBrowser, phoneBrowser } from './harness/browser.js';
import { signIn } from './harness/citizen.js';
import { fingerprintSensor } from './harness/fingerprint.js';
import { chooseAppPassword, linkQrUrl } from './harness/link-phone.js';

const { origin } = inject('stack');
// Luc links this phone: Marie's 'My devices' stays as the other files expect.
const HOLDER = 'Luc Weber';
const PASSWORD = 'Le tram de Kirchberg passe à 7 h 12';
const NEW_PASSWORD = 'Die Mosel glitzert im Oktober 2026';
const DEVICE_NAME = 'Luc’s Pixel';
/** Set SCREENSHOTS=<dir> to keep each screen at 412 and 1366 px for a person to look at. */
const shots = process.env.SCREENSHOTS;
if (shots) mkdirSync(shots, { recursive: true });
async function snap(page: Page, name: string) {
  if (!shots) return;
  for (const width of [412, 1366]) {
    await page.setViewportSize({ width, height: 915 });
    await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 390, height: 844 });
}
const noViolations = async (page: Page) => expect(await accessibilityViolations(page)).toEqual([]);

/** The computer's new link QR opened on the phone, up to 'Use face or fingerprint to unlock?'. */
async function link(phone: Page, computer: Page, password: string) {
  await phone.goto(await linkQrUrl(computer));
  await chooseAppPassword(phone, { password, deviceName: DEVICE_NAME });
  await phone.getByRole('heading', { name: 'Use face or fingerprint to unlock?' }).waitFor();
}

/** The app closed and opened again: the device session is gone, the link stays. */
async function reopen(phoneContext: BrowserContext, phone: Page) {
  await phoneContext.clearCookies({ name: 'passerelle_device' });
  await phone.goto(`${origin}/app`);
}

describe('unlocking the app: face or fingerprint at once, and a way out for a forgotten password', () => {
  let browser: Browser;
  let computer: Page;
  let phoneContext: BrowserContext;
  let phone: Page;
  let finger: (recognised: boolean) => Promise<unknown>;

  beforeAll(async () => {
    let desktop: BrowserContext;
    ({ browser, context: desktop } = await desktopBrowser());
    computer = await desktop.newPage();
    await signIn(computer, origin, HOLDER);
    ({ context: phoneContext } = await phoneBrowser());
    phone = await phoneContext.newPage();
    finger = await fingerprintSensor(phone);
  });
  afterAll(async () => {
    await phoneContext?.close();
    await browser?.close();
  });

  it('asks for face or fingerprint as soon as the unlock screen opens, without a tap', async () => {
    await link(phone, computer, PASSWORD);
    await phone.getByRole('button', { name: 'Use face or fingerprint' }).click();
    await phone.getByRole('heading', { name: `Hello, ${HOLDER}` }).waitFor();

    await reopen(phoneContext, phone);
    await phone.getByRole('heading', { name: `Hello, ${HOLDER}` }).waitFor();
    expect(new URL(phone.url()).pathname).toBe('/app');
  });

  it('falls back to the password when face or fingerprint is not used', async () => {
    await finger(false);
    await reopen(phoneContext, phone);
    await phone.getByRole('heading', { name: 'Unlock the app' }).waitFor();
    await phone
      .getByText('Face or fingerprint was not used. Type your app password, or try again.')
      .waitFor();
    expect(await phone.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe(
      'password',
    );
    await noViolations(phone);
    await snap(phone, 'unlock-fallback-en');
    await phone.getByLabel('App password').fill(PASSWORD);
    await phone.getByRole('button', { name: 'Unlock', exact: true }).click();
    await phone.getByRole('heading', { name: `Hello, ${HOLDER}` }).waitFor();
  });

  it("'Forgot your app password?' explains the new link and takes the citizen to it", async () => {
    await reopen(phoneContext, phone);
    await phone.getByRole('heading', { name: 'Unlock the app' }).waitFor();
    await phone.getByText('Forgot your app password?').click();
    await phone.getByText('Nobody can show or reset your app password', { exact: false }).waitFor();
    await phone
      .getByText('On your computer, sign in and click ‘Link your device’ at the top of the page.')
      .waitFor();
    await noViolations(phone);
    await snap(phone, 'unlock-forgot-en');

    await phone.getByRole('button', { name: 'Link this phone again' }).click();
    await phone.getByRole('heading', { name: 'Link a device' }).waitFor();
    expect(new URL(phone.url()).pathname).toBe('/app/link');
    // This phone forgot its old link: the app starts as for a new phone.
    await phone.goto(`${origin}/app`);
    await phone.getByRole('link', { name: 'Link a device' }).waitFor();

    // The computer's new QR, a new password: the phone is the citizen's again.
    await link(phone, computer, NEW_PASSWORD);
    await phone.getByRole('button', { name: 'Not now' }).click();
    await phone.getByRole('heading', { name: `Hello, ${HOLDER}` }).waitFor();
    await reopen(phoneContext, phone);
    await phone.getByLabel('App password').fill(NEW_PASSWORD);
    await phone.getByRole('button', { name: 'Unlock', exact: true }).click();
    await phone.getByRole('heading', { name: `Hello, ${HOLDER}` }).waitFor();
  });

  it('says all of it in French and German, at 320 px without sideways scrolling', async () => {
    const words = {
      fr: [
        'Déverrouiller l’application',
        'Mot de passe de l’application oublié\u00a0?',
        'Lier de nouveau ce téléphone',
      ],
      de: ['App entsperren', 'App-Passwort vergessen?', 'Dieses Telefon erneut verknüpfen'],
    } as const;
    // Face or fingerprint was left off at the new link: the unlock screen waits for the password.
    for (const language of ['fr', 'de'] as const) {
      await phone.evaluate((code) => localStorage.setItem('passerelle.language', code), language);
      await reopen(phoneContext, phone);
      await phone.getByRole('heading', { name: words[language][0] }).waitFor();
      await phone.getByText(words[language][1]).click();
      await phone.getByRole('button', { name: words[language][2] }).waitFor();
      const text = await phone.locator('main').textContent();
      for (const english of ['Unlock', 'Forgot', 'password', 'Link this phone', 'your computer']) {
        expect(text ?? '').not.toContain(english);
      }
      await phone.setViewportSize({ width: 320, height: 640 });
      expect(
        await phone.evaluate(
          () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
        ),
      ).toBe(true);
      await noViolations(phone);
      await phone.setViewportSize({ width: 390, height: 844 });
      await snap(phone, `unlock-forgot-${language}`);
    }
    await phone.evaluate(() => localStorage.setItem('passerelle.language', 'en'));
  });
});
