import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { samplePdf } from '../../functions/local/sample-pdf.js';
import { ALPHABET } from '../../shared/short-code-format.js';
import { codeStatus, generateCode } from './harness/add-document.js';
import { accessibilityViolations } from './harness/axe.js';
import { desktopBrowser, phoneBrowser, tempFile } from './harness/browser.js';
import { signIn } from './harness/citizen.js';
import { chooseAppPassword } from './harness/link-phone.js';

const { origin } = inject('stack');
const PASSWORD = 'Mon chat s’appelle Gérard 2026';
/** Set SCREENSHOTS=<dir> to keep each screen at 412 px (phone) and 1366 px (computer). */
const shots = process.env.SCREENSHOTS;
if (shots) mkdirSync(shots, { recursive: true });
async function snap(page: Page, name: string, width: 412 | 1366) {
  if (!shots) return;
  const before = page.viewportSize();
  await page.setViewportSize({ width, height: width === 412 ? 915 : 900 });
  await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true });
  if (before) await page.setViewportSize(before);
}

const noViolations = async (page: Page) => expect(await accessibilityViolations(page)).toEqual([]);

/** The code as a sighted citizen reads it off the screen: two groups of four. */
async function shownCode(where: Locator) {
  const visible = (await where.locator('.short-code__value [aria-hidden="true"]').textContent()) ?? '';
  expect(visible).toMatch(/^[0-9A-Z]{4} [0-9A-Z]{4}$/);
  // What a screen reader hears: one character at a time.
  const spoken = await where.locator('.short-code__value .visually-hidden').textContent();
  expect(spoken).toBe(`Code: ${[...visible.replace(' ', '')].join(', ')}`);
  return visible;
}

const wrongCode = (code: string, shift: number) => {
  const last = code.at(-1)!;
  return code.slice(0, -1) + ALPHABET[(ALPHABET.indexOf(last) + shift) % ALPHABET.length];
};

/** The phone's scanner, then 'Type the code instead' (a phone without a camera gets there too). */
async function openTypedCode(phone: Page, journey: 'Link a device' | 'Add a document') {
  await phone.goto(`${origin}/app`);
  await phone.getByRole('link', { name: journey }).click();
  if (journey === 'Link a device') {
    await phone.getByRole('heading', { name: 'Link a device' }).waitFor();
    await phone.getByRole('button', { name: 'Continue' }).click();
  }
  await phone.getByRole('heading', { name: 'Use your camera' }).waitFor();
  await phone.getByRole('button', { name: 'Type the code instead' }).click();
  await phone.getByRole('heading', { name: 'Type the code' }).waitFor();
}

async function typeCode(phone: Page, code: string) {
  const field = phone.getByLabel('Code shown on your computer');
  await field.fill(code);
  await phone.getByRole('button', { name: 'Use this code' }).click();
}

/** The error sits on the field: invalid, described by the message, and focused again. */
async function expectFieldError(phone: Page, message: RegExp) {
  const field = phone.getByLabel('Code shown on your computer');
  await phone.getByRole('alert').filter({ hasText: message }).waitFor();
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  expect(await field.getAttribute('aria-describedby')).toContain('typed-code-error');
  expect(await field.evaluate((element) => element === document.activeElement)).toBe(true);
}

describe('linking and adding a document with a typed code instead of a QR', () => {
  let desktop: { browser: Browser; context: BrowserContext };
  let computer: Page;
  const phones: BrowserContext[] = [];
  const newPhone = async () => {
    const { context } = await phoneBrowser();
    phones.push(context);
    return context.newPage();
  };

  beforeAll(async () => {
    desktop = await desktopBrowser('en-GB');
    computer = await desktop.context.newPage();
    await signIn(computer, origin);
  });
  afterAll(async () => {
    for (const phone of phones) await phone.close();
    await desktop?.browser.close();
  });

  it('links a phone by typed code once the citizen approves it on the computer', async () => {
    await computer.getByRole('link', { name: 'Link your device' }).click();
    await computer.getByRole('img', { name: /QR code/ }).waitFor();
    const code = await shownCode(computer.locator('.link-page__code'));
    await noViolations(computer);
    await snap(computer, 'link-computer-code', 1366);

    const phone = await newPhone();
    await openTypedCode(phone, 'Link a device');
    await noViolations(phone);
    await snap(phone, 'link-phone-type', 412);
    await typeCode(phone, 'ABC');
    await expectFieldError(phone, /8 letters and digits/);
    await typeCode(phone, wrongCode(code, 1));
    await expectFieldError(phone, /This code is not right/);
    await noViolations(phone);
    await snap(phone, 'link-phone-wrong', 412);

    // Typed as people do: lower case, no space.
    await typeCode(phone, code.replace(' ', '').toLowerCase());
    await chooseAppPassword(phone, { password: PASSWORD, deviceName: 'Pixel by typed code' });
    await phone.getByRole('heading', { name: 'Approve on your computer' }).waitFor();
    await noViolations(phone);
    await snap(phone, 'link-phone-wait', 412);

    const question = computer.getByRole('region', { name: 'Is this your phone?' });
    await question.getByText(/“Pixel by typed code” \(Chrome on Android\)/).waitFor();
    expect(await computer.evaluate(() => document.activeElement?.id)).toBe('approval-title');
    await noViolations(computer);
    await snap(computer, 'link-computer-approve', 1366);
    await question.getByRole('button', { name: 'Yes, link it' }).click();

    await phone.getByRole('heading', { name: 'Use face or fingerprint to unlock?' }).waitFor();
    await computer.getByText('“Pixel by typed code” is now linked to your account.').waitFor();
  });

  it('refuses a phone the citizen does not recognise, and the code is then over', async () => {
    await computer.getByRole('button', { name: 'Link another device' }).click();
    const code = await shownCode(computer.locator('.link-page__code'));
    const stranger = await newPhone();
    await openTypedCode(stranger, 'Link a device');
    await typeCode(stranger, code);
    await chooseAppPassword(stranger, { password: PASSWORD, deviceName: 'Help desk' });
    const question = computer.getByRole('region', { name: 'Is this your phone?' });
    await question.getByText(/“Help desk”/).waitFor();
    await question.getByRole('button', { name: 'No, this is not my phone' }).click();
    await stranger.getByText(/The link was refused on the computer/).waitFor();
    // The computer has moved on to a new code.
    await computer.waitForFunction((old) => {
      const shown = document.querySelector('.short-code__value [aria-hidden="true"]')?.textContent;
      return shown && shown !== old;
    }, code);
  });

  it('kills a code after three wrong tries, and refuses a code typed for the other journey', async () => {
    const code = await shownCode(computer.locator('.link-page__code'));
    const phone = await newPhone();
    await openTypedCode(phone, 'Add a document');
    // A link code typed to add a document: refused, and still good for linking.
    await typeCode(phone, code);
    await expectFieldError(phone, /This code is for linking a phone, not for adding a document/);
    await snap(phone, 'add-phone-other-journey', 412);
    for (const shift of [1, 2, 3]) {
      await typeCode(phone, wrongCode(code, shift));
      await expectFieldError(phone, /This code is not right/);
    }
    await openTypedCode(phone, 'Link a device');
    await typeCode(phone, code);
    await expectFieldError(phone, /This code no longer works: it was typed wrong too many times/);
    await noViolations(phone);
  });

  it('adds a document by typed code; the computer shows the code in the dialog', async () => {
    await computer.goto(`${origin}/procedures`);
    await computer.getByRole('link', { name: 'Housing allowance application' }).click();
    await computer.getByRole('button', { name: 'Add a supporting document' }).click();
    const dialog = computer.getByRole('dialog', { name: 'Add a supporting document' });
    await dialog.getByRole('button', { name: /My mobile app/ }).click();
    await dialog.getByLabel('Type of supporting document').selectOption({ label: 'Other document' });
    await dialog.getByLabel('Name (optional)').fill('Typed-code payslip');
    await dialog.getByRole('button', { name: 'Generate' }).click();
    await dialog.getByRole('img', { name: /QR code to scan/ }).waitFor();
    const code = await shownCode(dialog);
    await noViolations(computer);
    await snap(computer, 'add-computer-code', 1366);

    const phone = await newPhone();
    await openTypedCode(phone, 'Add a document');
    await typeCode(phone, code);
    await phone.getByRole('heading', { name: 'Is this the document you want to add?' }).waitFor();
    await phone.getByText('Typed-code payslip').waitFor();
    await phone.getByRole('button', { name: 'Continue' }).click();
    const pdf = tempFile('typed.pdf');
    writeFileSync(pdf, samplePdf('Typed'));
    await phone.getByLabel('Select a file').setInputFiles(pdf);
    await phone.getByRole('button', { name: 'Send' }).click();
    await phone.getByRole('heading', { name: 'Document added' }).waitFor();
    await dialog.locator('.timeline__step--done', { hasText: 'Document added' }).waitFor();
    // The typed code was the QR's twin: used once, it cannot be typed again.
    const again = await newPhone();
    await openTypedCode(again, 'Add a document');
    await typeCode(again, code);
    await expectFieldError(again, /already been used/);
  });

  it('the API gives the short code with each new upload code', async () => {
    const created = (await generateCode(computer, { action: 'add', typeId: 'other' })) as unknown as {
      shortCode: string;
      codeId: string;
    };
    expect(created.shortCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect((await codeStatus(computer, created.codeId)).state).toBe('waiting');
  });
});
