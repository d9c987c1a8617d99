import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations } from './harness/axe.js';
import { desktopBrowser, phoneBrowser, tempFile } from './harness/browser.js';
import { signIn } from './harness/citizen.js';
import { fingerprintSensor } from './harness/fingerprint.js';
import { scanLinkQrFromHome } from './harness/link-phone.js';
import { screenshotFeed } from './harness/qr-feed.js';

const { origin, urls } = inject('stack');
const PASSWORD = 'Mon chat s’appelle Gérard 2026';
const DEVICE_NAME = 'Marie’s Pixel';
const USED = 'This QR code has already been used. Generate a new QR code on your computer and scan it.';

const noViolations = async (page: Page) => expect(await accessibilityViolations(page)).toEqual([]);

describe('linking a phone to the account, computer and phone side by side', () => {
  let desktop: { browser: Browser; context: BrowserContext };
  let computer: Page;
  let phoneContext: BrowserContext;
  let phone: Page;
  let finger: (recognised: boolean) => Promise<unknown>;
  const feed = tempFile('link-qr.y4m');

  beforeAll(async () => {
    desktop = await desktopBrowser('en-GB');
    computer = await desktop.context.newPage();
  });
  afterAll(async () => {
    await phoneContext?.close();
    await desktop?.browser.close();
  });

  it("shows the QR, the guide's steps and a countdown after 'Link your device'", async () => {
    await signIn(computer, origin);
    await computer.getByRole('link', { name: 'Link your device' }).click();
    await computer.getByRole('heading', { name: 'Link your device' }).waitFor();
    const qr = computer.getByRole('img', { name: 'QR code to scan with your smartphone or tablet' });
    await qr.waitFor();
    await computer.getByText('Waiting for your phone to scan the QR code…').waitFor();
    await computer.getByText('Open the mobile app and tap ‘Link a device’.').waitFor();
    expect(await computer.getByText(/This QR code expires in [45]:\d\d/).count()).toBe(1);
    await noViolations(computer);
    await screenshotFeed(desktop.context, await qr.screenshot(), feed);
  });

  it('links the phone: scan, whose account, password and name, then face or fingerprint', async () => {
    ({ context: phoneContext } = await phoneBrowser({ y4m: feed }));
    phone = await phoneContext.newPage();
    finger = await fingerprintSensor(phone);
    await phone.goto(`${origin}/app`);
    await phone.getByRole('link', { name: 'Add a document' }).waitFor();
    await noViolations(phone);
    await scanLinkQrFromHome(phone, origin);

    await phone.getByRole('heading', { name: 'Link this phone to this account?' }).waitFor();
    await phone.getByText('M**** S*****').waitFor();
    await phone.getByText(new URL(origin).host).waitFor();
    await noViolations(phone);
    await computer.getByText('Scanned. Finish on your phone.').waitFor();

    await phone.getByRole('button', { name: 'Continue' }).click();
    await phone.getByRole('heading', { name: 'Choose your app password' }).waitFor();
    await noViolations(phone);
    await phone.getByLabel('App password', { exact: true }).fill('12345678');
    await phone.getByLabel('Repeat the app password').fill('12345678');
    await phone.getByRole('button', { name: 'Link this device' }).click();
    await phone.getByText('This password is too easy to guess', { exact: false }).waitFor();
    await phone.getByLabel('App password', { exact: true }).fill(PASSWORD);
    await phone.getByLabel('Repeat the app password').fill(PASSWORD);
    await phone.getByLabel('Name of this device').fill(DEVICE_NAME);
    await phone.getByRole('button', { name: 'Link this device' }).click();

    await phone.getByRole('heading', { name: 'Use face or fingerprint to unlock?' }).waitFor();
    await noViolations(phone);
    await computer.getByText(`“${DEVICE_NAME}” is now linked to your account.`).waitFor();
    expect(await computer.getByRole('img', { name: /QR code/ }).count()).toBe(0);

    await phone.getByRole('button', { name: 'Use face or fingerprint' }).click();
    await phone.getByRole('heading', { name: 'Hello, Marie Schmit' }).waitFor();
    await phone.getByText('This phone is now linked to your account.').waitFor();
    await phone.getByRole('link', { name: 'Add a document' }).waitFor();
    await noViolations(phone);
  });

  it('tells a second phone scanning the same QR that it was already used', async () => {
    const { context } = await phoneBrowser({ y4m: feed });
    try {
      const second = await context.newPage();
      await scanLinkQrFromHome(second, origin);
      await second.getByText(USED).waitFor();
      await noViolations(second);
    } finally {
      await context.close();
    }
  });

  it("lists the phone in 'My devices' with its name and dates", async () => {
    await computer.getByRole('link', { name: 'My devices' }).first().click();
    await computer.getByRole('heading', { name: 'My devices' }).waitFor();
    const row = computer.getByRole('row', { name: new RegExp(DEVICE_NAME) });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Chrome on Android/);
    expect(await row.getByRole('button', { name: `Unlink ${DEVICE_NAME}` }).isVisible()).toBe(true);
    await noViolations(computer);
  });

  it('unlocks the reopened app with the password, then with face or fingerprint', async () => {
    // Face or fingerprint is asked at once (unlock.e2e.ts): not recognised here, so the password is used.
    await finger(false);
    await phoneContext.clearCookies({ name: 'passerelle_device' });
    await phone.goto(`${origin}/app`);
    await phone.getByRole('heading', { name: 'Unlock the app' }).waitFor();
    await phone
      .getByText(`This phone is linked to the account of Marie Schmit as “${DEVICE_NAME}”.`)
      .waitFor();
    await noViolations(phone);
    await phone.getByLabel('App password').fill(PASSWORD);
    await phone.getByRole('button', { name: 'Unlock', exact: true }).click();
    await phone.getByRole('heading', { name: 'Hello, Marie Schmit' }).waitFor();

    await phone.getByRole('link', { name: 'Settings' }).click();
    await phone.getByRole('heading', { name: 'Settings' }).waitFor();
    await phone.getByRole('button', { name: 'Turn off face or fingerprint unlock' }).waitFor();
    await noViolations(phone);

    await finger(true);
    await phoneContext.clearCookies({ name: 'passerelle_device' });
    await phone.goto(`${origin}/app`);
    await phone.getByRole('heading', { name: 'Hello, Marie Schmit' }).waitFor();
  });

  it('locks the phone after 5 wrong passwords, each saying how many attempts are left', async () => {
    await finger(false);
    await phoneContext.clearCookies({ name: 'passerelle_device' });
    await phone.goto(`${origin}/app`);
    await phone.getByRole('heading', { name: 'Unlock the app' }).waitFor();
    for (const left of [4, 3, 2]) {
      await phone.getByLabel('App password').fill('not my password');
      await phone.getByRole('button', { name: 'Unlock', exact: true }).click();
      await phone.getByText(`Wrong password. ${left} attempts left before this phone is locked.`).waitFor();
    }
    await phone.getByLabel('App password').fill('not my password');
    await phone.getByRole('button', { name: 'Unlock', exact: true }).click();
    await phone.getByText('Wrong password. 1 attempt left before this phone is locked.').waitFor();
    await phone.getByLabel('App password').fill('still not it');
    await phone.getByRole('button', { name: 'Unlock', exact: true }).click();
    await phone.getByRole('heading', { name: 'This phone is locked' }).waitFor();
    await noViolations(phone);
    await phone.goto(`${origin}/app`);
    await phone.getByRole('link', { name: 'Link a device' }).waitFor();
  });

  it("unlinks from the email's link, without signing in, only after confirming", async () => {
    const store = (await (await fetch(urls.mailStore)).json()) as {
      emails: { body: { html?: string; text?: string } }[];
    };
    const mail = store.emails.find((email) => email.body.text?.includes(DEVICE_NAME));
    expect(mail?.body.html).toContain('This wasn’t me — unlink this device');
    const link = mail!.body.html!.match(/href="([^"]+)"/)![1]!;
    expect(link.startsWith(`${origin}/unlink-device#`)).toBe(true);

    const stranger = await desktop.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await stranger.newPage();
      await page.goto(link);
      await page.getByRole('heading', { name: 'Unlink a device' }).waitFor();
      await page.getByText(`“${DEVICE_NAME}” (Chrome on Android)`, { exact: false }).waitFor();
      expect(page.url()).toBe(`${origin}/unlink-device`);
      await noViolations(page);
      await page.getByRole('button', { name: 'Unlink this device' }).click();
      await page.getByText(`“${DEVICE_NAME}” is unlinked from your account.`).waitFor();
    } finally {
      await stranger.close();
    }
    await computer.reload();
    await computer.getByRole('heading', { name: 'My devices' }).waitFor();
    // Other test files may have linked Marie's other devices on the shared stack: this one is gone.
    await expect
      .poll(() => computer.getByRole('row', { name: new RegExp(DEVICE_NAME) }).count(), { timeout: 20_000 })
      .toBe(0);
  });
});
