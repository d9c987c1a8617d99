import { writeFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { samplePdf } from '../../functions/local/sample-pdf.js';
import { accessibilityViolations } from './harness/axe.js';
import { desktopBrowser, phoneBrowser, tempFile } from './harness/browser.js';
import { signIn } from './harness/citizen.js';
import { documentScene } from './harness/document-scene.js';
import { linkPhone } from './harness/link-phone.js';
import { writeY4m } from './harness/y4m.js';

const { origin } = inject('stack');
const PASSWORD = 'Ma boulangerie ouvre à 6 h 30';
const DEVICE_NAME = 'Marie’s Galaxy';
const PARKING = '00000000-0000-4000-8000-000000000202';
/** Set SCREENSHOTS=<dir> to keep a picture of each screen for a person to look at. */
const shots = process.env.SCREENSHOTS;
const snap = (page: Page, name: string) =>
  shots ? page.screenshot({ path: `${shots}/linked-${name}.png`, fullPage: true }) : undefined;

const pdfFile = (title: string) => {
  const path = tempFile(`${title.replace(/\W/g, '-')}.pdf`);
  writeFileSync(path, samplePdf(title));
  return path;
};

describe('the account on a linked phone, with the computer beside it', () => {
  let browser: Browser;
  let desktop: BrowserContext;
  let computer: Page;
  let phoneContext: BrowserContext;
  let phone: Page;
  const feed = tempFile('document.y4m');

  beforeAll(async () => {
    ({ browser, context: desktop } = await desktopBrowser());
    computer = await desktop.newPage();
    await signIn(computer, origin);
    // The phone's camera shows a page on a desk, for 'Take a picture'.
    const scene = await documentScene(desktop, { width: 640, height: 480 });
    await writeY4m(desktop, scene.png, feed, { width: 640, height: 480 });
    ({ context: phoneContext } = await phoneBrowser({ y4m: feed }));
    phone = await phoneContext.newPage();
  });
  afterAll(async () => {
    await phoneContext?.close();
    await browser?.close();
  });

  it('links the phone (the QR link opened by the phone, as its camera app would)', async () => {
    await linkPhone(computer, phone, { password: PASSWORD, deviceName: DEVICE_NAME, holder: 'Marie Schmit' });
  });

  it('shows My procedures in both eSpaces, with what each still needs', async () => {
    const procedures = phone.getByRole('region', { name: 'My procedures' });
    await procedures
      .getByRole('link', { name: /Residents’ parking permit.*2 required documents missing/ })
      .waitFor();
    await procedures.getByRole('link', { name: /Birth certificate request/ }).waitFor();
    expect(await accessibilityViolations(phone)).toEqual([]);
    await snap(phone, 'home');
    await procedures.getByLabel('eSpace').selectOption({ label: 'Boulangerie Schmit SARL' });
    await procedures
      .getByRole('link', { name: /Business permit renewal.*1 required document missing/ })
      .waitFor();
    await snap(phone, 'home-company');
    await procedures.getByLabel('eSpace').selectOption({ label: 'Marie Schmit' });
    await procedures.getByRole('link', { name: /Residents’ parking permit/ }).click();
    await phone.getByRole('heading', { name: 'Residents’ parking permit' }).waitFor();
    expect(await accessibilityViolations(phone)).toEqual([]);
    await snap(phone, 'procedure');
  });

  it("attaches one document with 'Select a file' and another with 'Take a picture'; the computer sees both without a reload", async () => {
    await computer.goto(`${origin}/procedures/${PARKING}`);
    await computer.getByRole('heading', { name: 'Residents’ parking permit' }).waitFor();

    await phone.getByRole('button', { name: 'Attach: Identity document' }).click();
    await phone.getByRole('heading', { name: 'How do you want to add your document?' }).waitFor();
    expect(await accessibilityViolations(phone)).toEqual([]);
    await snap(phone, 'choose');
    await phone.getByLabel('Select a file').setInputFiles(pdfFile('Identity card'));
    await phone.getByRole('button', { name: 'Send' }).click();
    await phone.getByRole('heading', { name: 'Document added' }).waitFor();
    await computer.getByRole('cell', { name: 'Identity document' }).first().waitFor();

    await phone.goto(`${origin}/app/procedures/${PARKING}`);
    await phone.getByRole('button', { name: 'Attach: Vehicle registration certificate' }).click();
    await phone.getByRole('button', { name: 'Take a picture' }).click();
    await phone.getByText('Page 1 taken.').waitFor({ state: 'attached' });
    await phone.getByRole('button', { name: 'End' }).click();
    await phone.getByRole('button', { name: 'Generate' }).click();
    await phone
      .getByRole('dialog', { name: 'Do you want to generate a PDF file?' })
      .getByRole('button', { name: 'Confirm' })
      .click();
    await phone.getByRole('heading', { name: 'Document added' }).waitFor();
    await computer.getByText('Vehicle registration certificate', { exact: false }).first().waitFor();
    const detail = await computer.evaluate(
      async (id) => (await fetch(`/api/procedures/${id}`)).json(),
      PARKING,
    );
    expect(detail.documents).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ typeId: 'identity-document', source: 'phone', deviceName: DEVICE_NAME }),
        expect.objectContaining({ typeId: 'vehicle-registration', source: 'phone', deviceName: DEVICE_NAME }),
      ]),
    );

    await phone.goto(`${origin}/app/procedures/${PARKING}`);
    await phone.getByRole('link', { name: 'Download: Identity document' }).waitFor();
    await phone.getByText('sent from “Marie’s Galaxy”', { exact: false }).first().waitFor();
    expect(await accessibilityViolations(phone)).toEqual([]);
    await snap(phone, 'procedure-filed');
  });

  it("the computer sends a request to the phone, which fulfils it from its home; the computer's timeline follows", async () => {
    await computer.getByRole('button', { name: 'Add a supporting document' }).click();
    const dialog = computer.getByRole('dialog', { name: 'Add a supporting document' });
    await dialog.getByRole('button', { name: /My mobile app/ }).click();
    await dialog.getByLabel('Type of supporting document').selectOption({ label: 'Other document' });
    await dialog.getByLabel('Name (optional)').fill('Proof of address');
    await dialog.getByRole('button', { name: `Send to ‘${DEVICE_NAME}’` }).click();
    await dialog
      .getByRole('listitem')
      .filter({ hasText: `Waiting for ‘${DEVICE_NAME}’` })
      .waitFor();
    expect(await dialog.getByRole('img', { name: /QR code/ }).count()).toBe(0);
    expect(await accessibilityViolations(computer)).toEqual([]);

    await phone.goto(`${origin}/app`);
    const request = phone.getByRole('list', { name: 'Your computer asks for:' });
    await request.getByText('Other document — Residents’ parking permit').waitFor();
    await request.getByText(/Time left: (29|30):\d\d/).waitFor();
    expect(await accessibilityViolations(phone)).toEqual([]);
    await snap(phone, 'request');
    await request.getByRole('button', { name: 'Add this document' }).click();
    await phone.getByRole('button', { name: 'Take a picture' }).waitFor();
    await dialog.locator('[aria-current="step"]', { hasText: `Phone connected: ${DEVICE_NAME}` }).waitFor();
    await phone.getByLabel('Select a file').setInputFiles(pdfFile('Proof of address'));
    await phone.getByRole('button', { name: 'Send' }).click();
    await phone.getByRole('heading', { name: 'Document added' }).waitFor();
    await dialog.getByText('Document added').first().waitFor();
  });

  it('unlinked from the computer, the phone loses the account at once', async () => {
    const { devices } = await computer.evaluate(async () => (await fetch('/api/devices')).json());
    const pixel = devices.find((device: { name: string }) => device.name === DEVICE_NAME);
    const answer = await computer.evaluate(
      async (id) => (await fetch(`/api/devices/${id}`, { method: 'DELETE' })).status,
      pixel.deviceId,
    );
    expect(answer).toBe(200);
    // The phone was showing its procedures: its next request is refused and it forgets the link.
    await phone.goto(`${origin}/app`);
    await phone.getByRole('link', { name: 'Link a device' }).waitFor();
    expect(await phone.getByText('Residents’ parking permit').count()).toBe(0);
  });
});
