import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateCode } from './harness/add-document.js';
import { accessibilityViolations } from './harness/axe.js';
import { desktopBrowser, phoneBrowser, tempFile } from './harness/browser.js';
import { signIn } from './harness/citizen.js';
import { chooseAppPassword, scanLinkQrFromHome } from './harness/link-phone.js';
import { screenshotFeed } from './harness/qr-feed.js';

const { origin } = inject('stack');
const PASSWORD = 'Ma boulangerie ouvre à 6 h 30';
const DEVICE_NAME = 'Marie’s tablet';

describe("'Add a document' on a linked phone", () => {
  let browser: Browser;
  let desktop: BrowserContext;
  let computer: Page;
  let phoneContext: BrowserContext;
  const feed = tempFile('link-qr.y4m');

  beforeAll(async () => {
    ({ browser, context: desktop } = await desktopBrowser());
    computer = await desktop.newPage();
    await signIn(computer, origin);
    ({ context: phoneContext } = await phoneBrowser({ y4m: feed }));
  });
  afterAll(async () => {
    await phoneContext?.close();
    await browser?.close();
  });

  it('links the phone through the link feature (password, name, no biometrics)', async () => {
    await computer.getByRole('link', { name: 'Link your device' }).click();
    const qr = computer.getByRole('img', { name: 'QR code to scan with your smartphone or tablet' });
    await qr.waitFor();
    await screenshotFeed(phoneContext, await qr.screenshot(), feed);
    const phone = await phoneContext.newPage();
    await scanLinkQrFromHome(phone, origin);
    await chooseAppPassword(phone, { password: PASSWORD, deviceName: DEVICE_NAME });
    await phone.getByRole('button', { name: 'Not now' }).click();
    await phone.getByRole('link', { name: 'Add a document' }).waitFor();
    await phone.close();
  });

  it('unlocks first when opened by a QR while locked, keeps the code through the unlock, and names the phone on the computer', async () => {
    const code = await generateCode(computer, { action: 'add', typeId: 'other', name: 'From my tablet' });
    // The app was closed: the device session is gone, the phone is linked but locked.
    await phoneContext.clearCookies({ name: 'passerelle_device' });
    const phone = await phoneContext.newPage();
    await phone.goto(code.url);
    await phone.getByRole('heading', { name: 'Unlock the app' }).waitFor();
    expect(new URL(phone.url()).pathname).toBe('/app/unlock');
    expect(phone.url()).not.toContain(code.token);
    await phone.getByLabel('App password').fill(PASSWORD);
    await phone.getByRole('button', { name: 'Unlock', exact: true }).click();

    await phone.getByRole('heading', { name: 'Is this the document you want to add?' }).waitFor();
    await phone.getByText('From my tablet').waitFor();
    expect(await accessibilityViolations(phone)).toEqual([]);
    await phone.getByRole('button', { name: 'Continue' }).click();
    await phone.getByRole('heading', { name: 'How do you want to add your document?' }).waitFor();
    const status = await computer.evaluate(
      async (codeId) =>
        (await fetch(`/api/procedures/00000000-0000-4000-8000-000000000201/upload-codes/${codeId}`)).json(),
      code.codeId,
    );
    expect(status).toMatchObject({ state: 'claimed', deviceName: DEVICE_NAME });
    await phone.close();
  });
});
