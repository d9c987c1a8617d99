import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { samplePdf } from '../../functions/local/sample-pdf.js';
import { hashToken } from '../../functions/src/platform/tokens.js';
import { codeStatus, download, expireCode, generateCode, jpegFile, readPdf } from './harness/add-document.js';
import { accessibilityViolations } from './harness/axe.js';
import { desktopBrowser, phoneBrowser, tempFile } from './harness/browser.js';
import { signIn } from './harness/citizen.js';
import { screenshotFeed } from './harness/qr-feed.js';

const { origin, urls } = inject('stack');
/** Set SCREENSHOTS=<dir> to keep a picture of each screen for a person to look at. */
const shots = process.env.SCREENSHOTS;
if (shots) mkdirSync(shots, { recursive: true });
const snap = (page: Page, name: string) =>
  shots ? page.screenshot({ path: `${shots}/${name}.png` }) : undefined;

describe("'Add a document': computer and a never-linked phone side by side", () => {
  let browser: Browser;
  let desktop: BrowserContext;
  let computer: Page;
  let phoneContext: BrowserContext;
  const feed = tempFile('desktop-qr.y4m');

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

  it('scans the QR of the computer, selects a PDF, uploads; the timeline reaches "Document added" and the file is the same', async () => {
    await computer.getByRole('link', { name: 'Housing allowance application' }).click();
    await computer.getByRole('button', { name: 'Add a supporting document' }).click();
    const dialog = computer.getByRole('dialog', { name: 'Add a supporting document' });
    await dialog.getByRole('button', { name: /My mobile app/ }).click();
    await dialog.getByLabel('Type of supporting document').selectOption({ label: 'Other document' });
    await dialog.getByLabel('Name (optional)').fill('Payslip from my phone');
    await dialog.getByRole('button', { name: 'Generate' }).click();
    const qr = dialog.getByRole('img', { name: /QR code to scan/ });
    await qr.waitFor();
    await dialog.getByText(/Valid for (29|30):\d\d/).waitFor();
    await dialog.getByRole('listitem').filter({ hasText: 'Waiting for your phone' }).waitFor();
    expect(await accessibilityViolations(computer)).toEqual([]);
    await snap(computer, 'desktop-qr');
    await screenshotFeed(phoneContext, await qr.screenshot(), feed);

    const phone = await phoneContext.newPage();
    await phone.goto(`${origin}/app/add`);
    await phone.getByRole('button', { name: 'Continue' }).click();
    await phone.getByRole('heading', { name: 'Is this the document you want to add?' }).waitFor();
    await phone.getByText('Housing allowance application').waitFor();
    await phone.getByText('Payslip from my phone').waitFor();
    await phone.getByText('M**** S*****').waitFor();
    expect(await accessibilityViolations(phone)).toEqual([]);
    await snap(phone, 'phone-summary');

    await phone.getByRole('button', { name: 'Continue' }).click();
    await phone.getByRole('heading', { name: 'How do you want to add your document?' }).waitFor();
    await dialog.locator('[aria-current="step"]', { hasText: 'Phone connected' }).waitFor();
    await phone.getByRole('button', { name: 'Take a picture' }).waitFor();
    expect(await accessibilityViolations(phone)).toEqual([]);
    await snap(phone, 'phone-choose');

    const bytes = samplePdf('Payslip October');
    const pdf = tempFile('payslip.pdf');
    writeFileSync(pdf, bytes);
    await phone.getByLabel('Select a file').setInputFiles(pdf);
    await phone.getByRole('heading', { name: 'Your document is ready' }).waitFor();
    expect(await accessibilityViolations(phone)).toEqual([]);
    await snap(phone, 'phone-review');

    // Hold the file on its way to storage until the computer shows the upload under way.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await phone.route(`${urls.s3}/**`, async (route) => {
      await held;
      await route.continue();
    });
    await phone.getByRole('button', { name: 'Send' }).click();
    await dialog.getByText(/Uploading… \d+ %/).waitFor();
    await phone.getByRole('heading', { name: 'Sending your document' }).waitFor();
    await snap(phone, 'phone-sending');
    await snap(computer, 'desktop-uploading');
    release();

    await phone.getByRole('heading', { name: 'Document added' }).waitFor();
    await phone.getByRole('link', { name: 'Return to home screen' }).waitFor();
    expect(await accessibilityViolations(phone)).toEqual([]);
    await snap(phone, 'phone-done');

    await dialog.locator('.timeline__step--done', { hasText: 'Document added' }).waitFor();
    const link = dialog.getByRole('link', { name: /Open the document/ });
    await link.waitFor();
    await computer.getByRole('row', { name: /Payslip from my phone/ }).waitFor();
    expect(await accessibilityViolations(computer)).toEqual([]);
    await snap(computer, 'desktop-added');
    const [file] = await Promise.all([computer.waitForEvent('download'), link.click()]);
    expect(Buffer.compare(readFileSync(await file.path()), Buffer.from(bytes))).toBe(0);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });
    await phone.close();
  });

  it("'Select a file' with two JPEGs files a valid two-page PDF built on the phone", async () => {
    const code = await generateCode(computer, {
      action: 'add',
      typeId: 'bank-details',
      name: 'Two pictures',
    });
    const phone = await phoneContext.newPage();
    await phone.goto(code.url);
    await phone.getByRole('heading', { name: 'Is this the document you want to add?' }).waitFor();
    // The token is read from the fragment and cleared from the address at once (SECURITY.md row 10).
    expect(new URL(phone.url()).hash).toBe('');
    await phone.getByRole('button', { name: 'Continue' }).click();
    await phone
      .getByLabel('Select a file')
      .setInputFiles([
        jpegFile('page-1.jpg', 1200, 1600, [200, 30, 30]),
        jpegFile('page-2.jpg', 1600, 1200, [30, 30, 200]),
      ]);
    await phone.getByRole('heading', { name: 'Your document is ready' }).waitFor();
    await phone.getByText(/2 pages/).waitFor();
    await phone.getByRole('button', { name: 'Send' }).click();
    await phone.getByRole('heading', { name: 'Document added' }).waitFor();
    const status = await codeStatus(computer, code.codeId);
    expect(status.document?.pages).toBe(2);
    const { pages } = readPdf(await download(desktop, origin, status.document!.documentId));
    expect(pages).toBe(2);
    await phone.close();
  });

  it('pauses when the network goes away during the upload, and completes when it returns', async () => {
    const code = await generateCode(computer, { action: 'add', typeId: 'other', name: 'Sent while offline' });
    const phone = await phoneContext.newPage();
    await phone.goto(code.url);
    await phone.getByRole('button', { name: 'Continue' }).click();
    const pdf = tempFile('offline.pdf');
    writeFileSync(pdf, samplePdf('Offline'));
    await phone.getByLabel('Select a file').setInputFiles(pdf);
    let first = true;
    await phone.route(`${urls.s3}/**`, async (route) => {
      if (!first) return route.continue();
      first = false;
      await phoneContext.setOffline(true);
      await route.abort('internetdisconnected');
    });
    await phone.getByRole('button', { name: 'Send' }).click();
    await phone.getByText(/The connection was lost/).waitFor();
    await snap(phone, 'phone-paused');
    await phoneContext.setOffline(false);
    await phone.getByRole('heading', { name: 'Document added' }).waitFor();
    expect((await codeStatus(computer, code.codeId)).state).toBe('filed');
    await phone.close();
  });

  it('keeps the claim through a reload, and refuses the code to a second phone', async () => {
    const code = await generateCode(computer, { action: 'add', typeId: 'other' });
    const phone = await phoneContext.newPage();
    await phone.goto(code.url);
    await phone.getByRole('button', { name: 'Continue' }).click();
    await phone.getByRole('heading', { name: 'How do you want to add your document?' }).waitFor();
    await phone.reload();
    await phone.getByRole('heading', { name: 'How do you want to add your document?' }).waitFor();
    expect((await codeStatus(computer, code.codeId)).state).toBe('claimed');

    const { context: other } = await phoneBrowser();
    try {
      const second = await other.newPage();
      await second.goto(code.url);
      await second.getByRole('heading', { name: 'This QR code cannot be used' }).waitFor();
      await second.getByText(/already being used by another phone/).waitFor();
    } finally {
      await other.close();
    }
    await phone.close();
  });

  it('refuses an expired code with the reason, and offers to scan another', async () => {
    const code = await generateCode(computer, { action: 'add', typeId: 'other' });
    await expireCode(code.token);
    expect(hashToken(code.token)).toBe(code.codeId);
    const phone = await phoneContext.newPage();
    await phone.goto(code.url);
    await phone.getByRole('heading', { name: 'This QR code cannot be used' }).waitFor();
    await phone.getByText(/has expired/).waitFor();
    await phone.getByRole('button', { name: 'Scan another code' }).waitFor();
    expect(await accessibilityViolations(phone)).toEqual([]);
    await snap(phone, 'phone-expired');
    await phone.close();
  });
});
