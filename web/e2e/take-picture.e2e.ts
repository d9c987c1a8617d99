import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { download, generateCode, readPdf } from './harness/add-document.js';
import { accessibilityViolations } from './harness/axe.js';
import { desktopBrowser, phoneBrowser, tempFile } from './harness/browser.js';
import { signIn } from './harness/citizen.js';
import { documentScene } from './harness/document-scene.js';
import { writeY4m } from './harness/y4m.js';

const { origin } = inject('stack');
/** Set SCREENSHOTS=<dir> to keep a picture of each screen for a person to look at. */
const shots = process.env.SCREENSHOTS;
const snap = (page: Page, name: string) =>
  shots ? page.screenshot({ path: `${shots}/${name}.png` }) : undefined;

/** Page sizes as a real PDF reader sees them, in points. */
function pageSizes(bytes: Buffer) {
  const path = tempFile('pictures.pdf');
  writeFileSync(path, bytes);
  const info = execFileSync('/usr/bin/pdfinfo', ['-f', '1', '-l', '10', path], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map(([, width, height]) => ({
    width: Number(width),
    height: Number(height),
  }));
}

/** The pages of 'Check your pages' (each may hold a list of warnings of its own). */
const pageItems = (page: Page) => page.getByRole('list', { name: 'Pages' }).locator(':scope > li');

describe("'Take a picture': automatic capture, crop, rotate, reorder, a PDF checked by a real reader", () => {
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
    // The phone's camera shows a photo of a page on a dark desk, composed by the test.
    const scene = await documentScene(desktop, { width: 640, height: 480 });
    await writeY4m(desktop, scene.png, feed, { width: 640, height: 480 });
    ({ context: phoneContext } = await phoneBrowser({ y4m: feed }));
    phone = await phoneContext.newPage();
  });
  afterAll(async () => {
    await phoneContext?.close();
    await browser?.close();
  });

  it('captures by itself once the page holds still, and by the button', async () => {
    const code = await generateCode(computer, {
      action: 'add',
      typeId: 'other',
      name: 'Pictures of my lease',
    });
    await phone.goto(code.url);
    await phone.getByRole('button', { name: 'Continue' }).click();
    await phone.getByRole('button', { name: 'Take a picture' }).click();
    const camera = phone.getByRole('region', { name: 'Take a picture' });
    await camera.waitFor();
    expect(await camera.getByRole('switch', { name: 'Automatic mode' }).isChecked()).toBe(true);
    // Automatic mode: the outline is found, held still, and the picture taken without a tap.
    await phone.getByText('Page 1 taken.').waitFor({ state: 'attached' });
    expect(await accessibilityViolations(phone)).toEqual([]);
    await snap(phone, 'camera');
    // The blue button always works; automatic mode off so it does not take a third.
    await camera.getByRole('switch', { name: 'Automatic mode' }).uncheck();
    await camera.getByRole('button', { name: 'Add a picture' }).click();
    await phone.getByText('Page 2 taken.').waitFor({ state: 'attached' });
    await camera.getByRole('button', { name: 'Add a picture' }).click();
    await phone.getByText('Page 3 taken.').waitFor({ state: 'attached' });
    await camera.getByRole('button', { name: 'End' }).click();
    await phone.getByRole('heading', { name: 'Check your pages' }).waitFor();
    expect(await pageItems(phone).count()).toBe(3);
    expect(await accessibilityViolations(phone)).toEqual([]);
    await snap(phone, 'pages');
  });

  it('crops a page by dragging a corner and turns it a quarter', async () => {
    await phone.getByRole('button', { name: 'Edit page 1' }).click();
    await phone.getByRole('heading', { name: 'Edit page 1' }).waitFor();
    expect(await accessibilityViolations(phone)).toEqual([]);
    await snap(phone, 'editor');
    const corner = phone.getByRole('button', { name: 'Top left corner' });
    const box = (await corner.boundingBox())!;
    await phone.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await phone.mouse.down();
    await phone.mouse.move(box.x + box.width / 2 + 12, box.y + box.height / 2 + 9, { steps: 4 });
    await phone.mouse.up();
    const moved = (await corner.boundingBox())!;
    expect(moved.x).toBeGreaterThan(box.x + 5);
    // And with the keyboard: the corner is a button moved by the arrow keys.
    await corner.focus();
    await phone.keyboard.press('ArrowDown');
    expect((await corner.boundingBox())!.y).toBeGreaterThan(moved.y);
    await phone.getByRole('button', { name: 'Rotate right' }).click();
    await phone.getByRole('button', { name: 'Done' }).click();
    await phone.getByRole('heading', { name: 'Check your pages' }).waitFor();
  });

  it('moves the turned page after the next one and deletes the third', async () => {
    await phone.getByRole('button', { name: 'Delete (3)' }).click();
    await expect.poll(() => pageItems(phone).count()).toBe(2);
    await phone.getByRole('button', { name: 'Move later (1)' }).click();
    // The turned page is now second, shown as it will be sent: wider than tall.
    const second = phone.getByRole('img', { name: 'Page 2 as it will be sent' });
    await expect
      .poll(() => second.evaluate((image: HTMLImageElement) => image.naturalWidth > image.naturalHeight))
      .toBe(true);
  });

  it('keeps the pages through a reload', async () => {
    await phone.reload();
    await phone.getByRole('heading', { name: 'Check your pages' }).waitFor();
    expect(await pageItems(phone).count()).toBe(2);
  });

  it("'Generate' → 'Confirm' builds the PDF on the phone and files it: two pages, in order, the second turned", async () => {
    await phone.getByRole('button', { name: 'Generate' }).click();
    const question = phone.getByRole('dialog', { name: 'Do you want to generate a PDF file?' });
    await question.waitFor();
    await snap(phone, 'generate-question');
    await question.getByRole('button', { name: 'Confirm' }).click();
    await phone.getByRole('heading', { name: 'Document added' }).waitFor();
    await phone.getByRole('link', { name: 'Return to home screen' }).waitFor();

    const codes = await computer.evaluate(async () =>
      (await fetch('/api/procedures/00000000-0000-4000-8000-000000000201')).json(),
    );
    const filed = (codes.documents as { documentId: string; name: string; pages?: number }[]).find(
      (document) => document.name === 'Pictures of my lease',
    )!;
    expect(filed.pages).toBe(2);
    const bytes = await download(desktop, origin, filed.documentId);
    expect(readPdf(bytes).pages).toBe(2);
    const [first, second] = pageSizes(bytes);
    // A page photographed upright is portrait; the one turned a quarter is landscape.
    expect(first!.height).toBeGreaterThan(first!.width);
    expect(second!.width).toBeGreaterThan(second!.height);
    // The text page in 'Document' mode stays small (budget: ≤ 80 KB a page at ~200 dpi).
    console.log(JSON.stringify({ pictureDocumentBytes: bytes.length }));
  });
});
