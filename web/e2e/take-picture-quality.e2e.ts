import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { download, generateCode, HOUSING, readPdf } from './harness/add-document.js';
import { accessibilityViolations } from './harness/axe.js';
import { desktopBrowser, phoneBrowser, tempFile } from './harness/browser.js';
import { signIn } from './harness/citizen.js';
import { documentScene } from './harness/document-scene.js';
import { writeY4m } from './harness/y4m.js';

const { origin } = inject('stack');
/** Set SCREENSHOTS=<dir> to keep a picture of each screen, at 412 px and 1366 px, for a person to look at. */
const shots = process.env.SCREENSHOTS;
async function snap(page: Page, name: string) {
  if (!shots) return;
  const size = page.viewportSize()!;
  for (const width of [412, 1366]) {
    await page.setViewportSize({ width, height: width === 412 ? 915 : 900 });
    await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize(size);
}

/** The pages of 'Check your pages' (each may hold a list of warnings of its own). */
const pageItems = (page: Page) => page.getByRole('list', { name: 'Pages' }).locator(':scope > li');

/**
 * A feed whose picture changes: `seconds` of each scene in turn at one frame a second, looping (a new
 * file, never one rewritten while Chromium reads it — PITFALLS.md).
 */
function phasedY4m(path: string, phases: { file: string; seconds: number }[]) {
  const frames = phases.flatMap(({ file, seconds }) => {
    const bytes = readFileSync(file);
    const frame = bytes.subarray(bytes.indexOf(0x0a) + 1);
    return Array.from({ length: seconds }, () => frame);
  });
  const header = readFileSync(phases[0]!.file).subarray(0, readFileSync(phases[0]!.file).indexOf(0x0a));
  writeFileSync(
    path,
    Buffer.concat([Buffer.from(`${header.toString('ascii').replace(/ F\d+:\d+/, ' F1:1')}\n`), ...frames]),
  );
  return path;
}

/** What the shown page is made of: its aspect, its brightness, and its lower half against its upper. */
function measureImage(image: Locator) {
  return image.evaluate(async (element: HTMLImageElement) => {
    await element.decode();
    const canvas = document.createElement('canvas');
    canvas.width = element.naturalWidth;
    canvas.height = element.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(element, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let top = 0;
    let bottom = 0;
    for (let i = 0; i < data.length; i += 4) {
      const luma = 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
      if (i / 4 < (canvas.width * canvas.height) / 2) top += luma;
      else bottom += luma;
    }
    const half = (canvas.width * canvas.height) / 2;
    return {
      aspect: canvas.height / canvas.width,
      mean: (top + bottom) / (2 * half),
      top: top / half,
      bottom: bottom / half,
    };
  });
}

/** The mean darkness of the lower half of each page of a PDF, as poppler renders it. */
function pdfLowerHalves(bytes: Buffer) {
  const path = tempFile('stack.pdf');
  writeFileSync(path, bytes);
  const prefix = `${path}-page`;
  execFileSync('/usr/bin/pdftoppm', ['-gray', '-r', '20', path, prefix]);
  return [1, 2].map((n) => {
    const pgm = readFileSync(`${prefix}-${n}.pgm`);
    const [, width, height] = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.toString('latin1', 0, 40))!.map(Number);
    const pixels = pgm.subarray(pgm.length - width! * height!);
    const lower = pixels.subarray(Math.floor(height! / 2) * width!);
    return lower.reduce((sum, value) => sum + value, 0) / lower.length;
  });
}

describe("'Take a picture': full-resolution stills, the page as it will be sent, the quality gate, stacks", () => {
  let browser: Browser;
  let desktop: BrowserContext;
  let computer: Page;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ({ browser, context: desktop } = await desktopBrowser());
    computer = await desktop.newPage();
    await signIn(computer, origin);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  async function openCamera(phone: Page, name: string) {
    const code = await generateCode(computer, { action: 'add', typeId: 'other', name });
    await phone.goto(code.url);
    await phone.getByRole('button', { name: 'Continue' }).click();
    await phone.getByRole('button', { name: 'Take a picture' }).click();
    const camera = phone.getByRole('region', { name: 'Take a picture' });
    await camera.waitFor();
    return camera;
  }

  it('takes stills through ImageCapture, takes the next sheet of a stack by itself, shows and files each page as it will be sent', async () => {
    // Two different pages at the very same place: the first for 10 s, then the second.
    const first = await documentScene(desktop, { title: 'First page' });
    const second = await documentScene(desktop, { title: 'Second page', second: true });
    const feed = phasedY4m(tempFile('stack.y4m'), [
      { file: await writeY4m(desktop, first.png, tempFile('first.y4m')), seconds: 10 },
      { file: await writeY4m(desktop, second.png, tempFile('second.y4m')), seconds: 30 },
    ]);
    const { context } = await phoneBrowser({ y4m: feed });
    contexts.push(context);
    // Count the stills the app takes, and at what size it asks for them.
    await context.addInitScript(() => {
      type TakePhoto = (this: unknown, settings?: unknown) => Promise<Blob>;
      const capture = (globalThis as unknown as { ImageCapture: { prototype: { takePhoto: TakePhoto } } })
        .ImageCapture.prototype;
      const original = capture.takePhoto;
      const stills: unknown[] = [];
      (globalThis as unknown as { stills: unknown[] }).stills = stills;
      capture.takePhoto = async function (this: unknown, settings: unknown) {
        const blob = await original.call(this, settings);
        stills.push({ settings, type: blob.type });
        return blob;
      };
    });
    const phone = await context.newPage();
    const camera = await openCamera(phone, 'A stack of pages');
    expect(await camera.getByRole('switch', { name: 'Automatic mode' }).isChecked()).toBe(true);
    await phone.getByText('Page 1 taken.').waitFor({ state: 'attached', timeout: 60_000 });
    // The second sheet lies exactly where the first was: no tap, no outline moving.
    await phone.getByText('Page 2 taken.').waitFor({ state: 'attached', timeout: 60_000 });
    await camera.getByRole('switch', { name: 'Automatic mode' }).uncheck();
    const stills = (await phone.evaluate(() => (globalThis as unknown as { stills: unknown[] }).stills)) as {
      settings: { imageWidth: number; imageHeight: number };
    }[];
    expect(stills.length).toBe(2);
    // At the camera's largest photo size (the fake camera's is its frame, 640 × 480).
    expect(stills[0]!.settings).toEqual({ imageWidth: 640, imageHeight: 480 });
    // The last page taken is shown on the camera screen, as it will be sent.
    const last = camera.getByRole('button', { name: /Last page taken/ });
    await expect.poll(() => last.locator('img').count()).toBe(1);
    await last.click();

    await phone.getByRole('heading', { name: 'Check your pages' }).waitFor();
    expect(await pageItems(phone).count()).toBe(2);
    // Each page is shown cropped and flattened: a portrait sheet of white paper, not the 4:3 dark desk.
    const shown = [];
    for (const n of [1, 2]) {
      const image = phone.getByRole('img', { name: `Page ${n} as it will be sent` });
      await image.waitFor();
      shown.push(await measureImage(image));
    }
    for (const page of shown) {
      expect(page.aspect).toBeGreaterThan(1.15);
      expect(page.aspect).toBeLessThan(1.6);
      expect(page.mean).toBeGreaterThan(150);
    }
    // The second sheet has a large black box in its lower half; the first has lines of text.
    expect(shown[1]!.bottom).toBeLessThan(shown[0]!.bottom - 40);
    expect(await accessibilityViolations(phone)).toEqual([]);
    await snap(phone, 'review');

    // Zoom to actual size: one pixel of the page on one pixel of the screen.
    await phone.getByRole('button', { name: 'Zoom page 1' }).click();
    const viewer = phone.getByRole('dialog', { name: 'Page 1 as it will be sent' });
    await viewer.getByRole('button', { name: 'Actual size' }).click();
    const zoomed = await viewer
      .getByRole('img')
      .evaluate(
        (image: HTMLImageElement) =>
          image.getBoundingClientRect().width * devicePixelRatio - image.naturalWidth,
      );
    expect(Math.abs(zoomed)).toBeLessThan(1);
    expect(await accessibilityViolations(phone)).toEqual([]);
    await snap(phone, 'viewer');
    await phone.keyboard.press('Escape');
    await viewer.waitFor({ state: 'hidden' });

    await phone.getByRole('button', { name: 'Generate' }).click();
    await phone
      .getByRole('dialog', { name: 'Do you want to generate a PDF file?' })
      .getByRole('button', { name: 'Confirm' })
      .click();
    await phone.getByRole('heading', { name: 'Document added' }).waitFor();
    const procedure = await computer.evaluate(
      async (id) => (await fetch(`/api/procedures/${id}`)).json(),
      HOUSING,
    );
    const filed = (procedure.documents as { documentId: string; name: string }[]).find(
      (document) => document.name === 'A stack of pages',
    )!;
    const bytes = await download(desktop, origin, filed.documentId);
    expect(readPdf(bytes).pages).toBe(2);
    // Same order as reviewed: the page with the black box is the second.
    const [lower1, lower2] = pdfLowerHalves(bytes);
    expect(lower2!).toBeLessThan(lower1! - 40);
  });

  it('asks "This page looks blurry. Retake?" for a blurry page taken from the video frame; the citizen may keep it', async () => {
    const blurry = await documentScene(desktop, { blur: 8, second: true });
    const feed = await writeY4m(desktop, blurry.png, tempFile('blurry.y4m'));
    const { context } = await phoneBrowser({ y4m: feed });
    contexts.push(context);
    // A browser without ImageCapture (Safari, Firefox): the page is the video frame.
    await context.addInitScript(() => {
      delete (globalThis as { ImageCapture?: unknown }).ImageCapture;
    });
    const phone = await context.newPage();
    const camera = await openCamera(phone, 'A blurry page');
    // Taken by automatic mode, then judged.
    const gate = phone.getByRole('alertdialog', { name: 'This page looks blurry. Retake?' });
    await gate.waitFor({ timeout: 60_000 });
    expect(await gate.textContent()).toContain('The letters are not sharp.');
    // Focus is on 'Retake', so a keyboard or screen reader user meets the question first.
    expect(
      await gate
        .getByRole('button', { name: 'Retake' })
        .evaluate((button) => button === document.activeElement),
    ).toBe(true);
    expect(await accessibilityViolations(phone)).toEqual([]);
    await snap(phone, 'gate');
    // Retake: the blurry page is dropped, and automatic mode takes the page again.
    await phone.keyboard.press('Enter');
    await gate.waitFor({ state: 'hidden' });
    await gate.waitFor({ timeout: 60_000 });
    // This time the citizen keeps it.
    await gate.getByRole('button', { name: 'Keep it' }).click();
    await gate.waitFor({ state: 'hidden' });
    await camera.getByRole('switch', { name: 'Automatic mode' }).uncheck();
    await camera.getByRole('button', { name: 'End' }).click();
    await phone.getByRole('heading', { name: 'Check your pages' }).waitFor();
    expect(await pageItems(phone).count()).toBe(1);
    // The warning stays with the page in the review.
    await pageItems(phone).first().getByText('Looks blurry').waitFor();
    expect(await accessibilityViolations(phone)).toEqual([]);
  });
});
