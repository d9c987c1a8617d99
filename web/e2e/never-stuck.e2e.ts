import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { samplePdf } from '../../functions/local/sample-pdf.js';
import { codeStatus, generateCode } from './harness/add-document.js';
import { accessibilityViolations } from './harness/axe.js';
import { desktopBrowser, phoneBrowser, tempFile } from './harness/browser.js';
import { signIn } from './harness/citizen.js';

const { origin } = inject('stack');
/** Set SCREENSHOTS=<dir> to keep each screen at 412 px for a person to look at. */
const shots = process.env.SCREENSHOTS;
if (shots) mkdirSync(shots, { recursive: true });
async function snap(page: Page, name: string) {
  if (!shots) return;
  await page.setViewportSize({ width: 412, height: 915 });
  await page.screenshot({ path: `${shots}/${name}-412.png`, fullPage: true });
}
const noViolations = async (page: Page) => expect(await accessibilityViolations(page)).toEqual([]);

/** A code scanned with the phone's own camera app (the URL opened), claimed, a PDF chosen. */
async function startDocument(phone: Page, url: string, withFile: boolean) {
  await phone.goto(url);
  await phone.getByRole('heading', { name: 'Is this the document you want to add?' }).waitFor();
  await phone.getByRole('button', { name: 'Continue' }).click();
  await phone.getByRole('heading', { name: 'How do you want to add your document?' }).waitFor();
  if (!withFile) return;
  const pdf = tempFile('kept.pdf');
  writeFileSync(pdf, samplePdf('Kept on the phone'));
  await phone.getByLabel('Select a file').setInputFiles(pdf);
  await phone.getByRole('heading', { name: 'Your document is ready' }).waitFor();
}

describe('never stuck: the phone finds its way back to a document in progress', () => {
  let browser: Browser;
  let computer: Page;
  let phoneContext: BrowserContext;

  beforeAll(async () => {
    let desktop: BrowserContext;
    ({ browser, context: desktop } = await desktopBrowser());
    computer = await desktop.newPage();
    await signIn(computer, origin);
    ({ context: phoneContext } = await phoneBrowser());
  });
  afterAll(async () => {
    await phoneContext?.close();
    await browser?.close();
  });

  it('shows the document in progress on the home screen, with the time left, and goes back to it', async () => {
    const code = await generateCode(computer, { action: 'add', typeId: 'other', name: 'Payslip' });
    const phone = await phoneContext.newPage();
    await startDocument(phone, code.url, false);
    // Opened again from the app's icon: the manifest's start URL.
    await phone.goto(`${origin}/app`);
    const card = phone.getByRole('region', { name: 'Document in progress' });
    await card.getByText('Continue adding “Payslip” to “Housing allowance application”').waitFor();
    await card.getByText(/(29|30):\d\d left to finish/).waitFor();
    await noViolations(phone);
    await snap(phone, 'home-in-progress');
    await card.getByRole('link', { name: 'Continue' }).click();
    await phone.getByRole('heading', { name: 'How do you want to add your document?' }).waitFor();
    await phone.close();
  });

  it('reloaded offline, says the phone is offline, keeps the file, and resumes by itself', async () => {
    const code = await generateCode(computer, { action: 'add', typeId: 'other', name: 'Offline reload' });
    const phone = await phoneContext.newPage();
    await startDocument(phone, code.url, true);
    // The service worker serves the app offline once it controls the page.
    await phone.evaluate(() => navigator.serviceWorker.ready);
    await phone.reload();
    await phone.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
    await phoneContext.setOffline(true);
    await phone.reload();
    await phone.getByRole('heading', { name: 'Your phone is offline' }).waitFor();
    expect(await phone.getByText('This QR code cannot be used').count()).toBe(0);
    await noViolations(phone);
    await snap(phone, 'phone-offline');
    await phoneContext.setOffline(false);
    await phone.getByRole('heading', { name: 'Your document is ready' }).waitFor();
    await phone.getByRole('button', { name: 'Send' }).click();
    await phone.getByRole('heading', { name: 'Document added' }).waitFor();
    expect((await codeStatus(computer, code.codeId)).state).toBe('filed');
    await phone.close();
  });

  it("after 'Document added', a second code opened is taken, and 'Return to home screen' leads first", async () => {
    const first = await generateCode(computer, { action: 'add', typeId: 'other', name: 'First' });
    const phone = await phoneContext.newPage();
    await startDocument(phone, first.url, true);
    await phone.getByRole('button', { name: 'Send' }).click();
    await phone.getByRole('heading', { name: 'Document added' }).waitFor();
    const actions = phone.locator('.phone__actions').last();
    expect(await actions.locator('a, button').first().textContent()).toBe('Return to home screen');
    expect(await actions.locator('.button--primary').textContent()).toBe('Return to home screen');
    await actions.getByRole('button', { name: 'Add another document' }).waitFor();
    await noViolations(phone);
    await snap(phone, 'phone-done');

    // The phone's camera app opens the second QR's link in the same app window: only the fragment changes.
    const second = await generateCode(computer, { action: 'add', typeId: 'other', name: 'Second' });
    await phone.evaluate((url) => {
      location.href = url;
    }, second.url);
    await phone.getByRole('heading', { name: 'Is this the document you want to add?' }).waitFor();
    await phone.getByText('Second').waitFor();
    expect(new URL(phone.url()).hash).toBe('');
    await phone.close();
  });
});
