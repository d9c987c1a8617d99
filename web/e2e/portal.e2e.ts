import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { samplePdf } from '../../functions/local/sample-pdf.js';
import { accessibilityViolations } from './harness/axe.js';
import { desktopBrowser, tempFile } from './harness/browser.js';
import { signIn } from './harness/citizen.js';
import { expireDesktopSession } from './harness/stack-data.js';

const { origin } = inject('stack');

describe('the desktop portal', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ browser, context } = await desktopBrowser('en-GB'));
    page = await context.newPage();
  });
  afterAll(() => browser?.close());

  it('shows the sign-in choices to a visitor, with no accessibility violations', async () => {
    await page.goto(origin);
    await page.getByRole('heading', { name: 'Sign in to your account' }).waitFor();
    await page.getByRole('link', { name: /LuxTrust/ }).waitFor();
    await page.getByRole('link', { name: /eID/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('signs in as a test citizen and lists active procedures before closed ones', async () => {
    await signIn(page, origin, 'Marie Schmit', 'eID');
    await page.getByRole('heading', { name: 'Closed procedures' }).waitFor();
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings).toEqual(['Active procedures', 'Closed procedures']);
    await page.getByRole('link', { name: 'Housing allowance application' }).waitFor();
    await page.getByRole('link', { name: 'Birth certificate request' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('switches eSpace to the company and back', async () => {
    await page.getByLabel('eSpace').selectOption({ label: 'Boulangerie Schmit SARL' });
    await page.getByRole('link', { name: 'Business permit renewal' }).waitFor();
    expect(await page.getByRole('link', { name: 'Housing allowance application' }).count()).toBe(0);
    await page.getByLabel('eSpace').selectOption({ label: 'Marie Schmit' });
    await page.getByRole('link', { name: 'Housing allowance application' }).waitFor();
  });

  it('attaches a PDF from the computer, lists it and downloads the same bytes', async () => {
    await page.getByRole('link', { name: 'Housing allowance application' }).click();
    await page.getByRole('heading', { name: 'Housing allowance application' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    const row = page.getByRole('row', { name: /Rental lease/ });
    await row.getByRole('button', { name: 'Attach' }).click();
    const dialog = page.getByRole('dialog', { name: 'Attach a supporting document' });
    await dialog.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: /My computer/ }).click();
    const file = tempFile('lease.pdf');
    const bytes = samplePdf('Lease of Marie Schmit');
    await import('node:fs').then((fs) => fs.writeFileSync(file, bytes));
    await dialog.getByLabel('Name (optional)').fill('Lease 2026');
    await dialog.getByLabel('File').setInputFiles(file);
    await dialog.getByRole('button', { name: 'Send' }).click();
    await dialog.waitFor({ state: 'detached' });
    const filedRow = page.getByRole('row', { name: /Lease 2026/ });
    await filedRow.waitFor();
    await filedRow.getByText('Received').waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      filedRow.getByRole('link', { name: /Download/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Lease 2026.pdf');
    const path = await download.path();
    expect(Buffer.compare(readFileSync(path), Buffer.from(bytes))).toBe(0);
  });

  it('refuses a file that is not what it claims, with the reason, and lists nothing new', async () => {
    const before = await page.getByRole('row').count();
    await page.getByRole('button', { name: 'Add a supporting document' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a supporting document' });
    await dialog.getByRole('button', { name: /My computer/ }).click();
    await dialog.getByLabel('Type of supporting document').selectOption({ label: 'Bank details' });
    const file = tempFile('fake.pdf');
    await import('node:fs').then((fs) => fs.writeFileSync(file, '<html><script>alert(1)</script></html>'));
    await dialog.getByLabel('File').setInputFiles(file);
    await dialog.getByRole('button', { name: 'Send' }).click();
    await dialog.getByRole('alert').waitFor();
    expect(await dialog.getByRole('alert').textContent()).toMatch(/not a PDF/);
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await page.getByRole('row').count()).toBe(before);
  });

  it('leads back to sign-in with the reason when the session ends while a page is open', async () => {
    await expireDesktopSession(context);
    await page.getByRole('link', { name: 'Back to my procedures' }).click();
    await page.getByRole('heading', { name: 'Sign in to your account' }).waitFor();
    await page
      .getByText('You were signed out because your session ended. Sign in again to continue.')
      .waitFor();
  });
});

describe('the desktop portal in French', () => {
  it('greets, lists and labels in French when the browser is French', async () => {
    const { browser, context } = await desktopBrowser('fr-FR');
    try {
      const page = await context.newPage();
      await page.goto(origin);
      await page.getByRole('heading', { name: 'Connectez-vous à votre compte' }).waitFor();
      await page.getByRole('link', { name: /LuxTrust/ }).click();
      await page.getByRole('button', { name: 'Sign in as Luc Weber' }).click();
      await page.waitForURL(`${origin}/procedures`);
      await page.getByRole('heading', { name: 'Mes démarches' }).waitFor();
      await page.getByRole('link', { name: 'Aide financière pour études supérieures' }).click();
      await page.getByRole('heading', { name: 'Pièces justificatives' }).waitFor();
      await page.getByRole('button', { name: 'Ajouter une pièce justificative' }).waitFor();
      expect(await page.getByRole('button', { name: 'Joindre' }).count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
      expect(await accessibilityViolations(page)).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
