import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations } from './harness/axe.js';
import { phoneBrowser, tempFile } from './harness/browser.js';
import { openScanner, qrFeed } from './harness/qr-feed.js';

const { origin } = inject('stack');
const token = 'Qk8xYm5uR1Z6bHJ4dFlHa0FwT3M5ZHd6VjNlU2pIcU0';

/** Keeps every camera stream the page opens, to check later that each was released. */
async function watchCameras(page: Page) {
  await page.addInitScript(() => {
    const streams: MediaStream[] = [];
    Object.assign(globalThis, { cameraStreams: streams });
    const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await original(constraints);
      streams.push(stream);
      return stream;
    };
  });
}

/** How many camera tracks the page opened, and how many are still live. */
const cameras = (page: Page) =>
  page.evaluate(() => {
    const streams = (globalThis as unknown as { cameraStreams: MediaStream[] }).cameraStreams;
    const tracks = streams.flatMap((stream) => stream.getTracks());
    return { opened: tracks.length, live: tracks.filter((track) => track.readyState === 'live').length };
  });

/** What the tab would see if the citizen switched to another app and back. */
const setHidden = (page: Page, hidden: boolean) =>
  page.evaluate((value) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => value });
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => (value ? 'hidden' : 'visible'),
    });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);

async function phoneFilming(text: string, look: 'screen' | 'photo' = 'screen') {
  const feed = tempFile('feed.y4m');
  const { context } = await phoneBrowser({ y4m: feed });
  await qrFeed(context, text, feed, { look });
  return context;
}

async function startScanning(page: Page, purpose: 'link' | 'add') {
  await openScanner(page, origin, purpose);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Scan the QR code' }).waitFor();
}

describe('the scanner, filming one of our link codes', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await phoneFilming(`${origin}/app/link#${token}`);
  });
  afterAll(() => context?.close());

  it('explains why it needs the camera, with the heading focused and no accessibility violations', async () => {
    const page = await context.newPage();
    await openScanner(page, origin, 'link');
    const heading = page.getByRole('heading', { name: 'Use your camera' });
    await heading.waitFor();
    await page
      .getByText('To link this phone, scan the QR code shown on your computer.', { exact: false })
      .waitFor();
    expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    const sizes = await page
      .getByRole('button')
      .evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect().height));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(44);
    await page.close();
  });

  it('hands over the token of our code and releases the camera', async () => {
    const page = await context.newPage();
    await watchCameras(page);
    await startScanning(page, 'link');
    await page.locator('#result').waitFor();
    expect(await page.locator('#result').textContent()).toBe(`code:${token}`);
    expect(await cameras(page)).toEqual({ opened: 1, live: 0 });
    await page.close();
  });

  it('refuses a link code on the add-document scanner, says why and keeps scanning', async () => {
    const page = await context.newPage();
    await startScanning(page, 'add');
    expect(await accessibilityViolations(page)).toEqual([]);
    const status = page.getByRole('status');
    await page
      .getByText('This QR code is for linking a device, not for adding a document.', { exact: false })
      .waitFor();
    expect(await status.textContent()).toMatch(/for linking a device/);
    await page.waitForTimeout(1000);
    expect(await page.locator('#result').count()).toBe(0);
    expect(await page.getByText('Hold your device still', { exact: false }).isVisible()).toBe(true);
    await page.close();
  });

  it('lets go of the camera while the tab is hidden and takes it back when it returns', async () => {
    const page = await context.newPage();
    await watchCameras(page);
    await startScanning(page, 'add');
    await page.getByText('Hold your device still', { exact: false }).waitFor();
    await setHidden(page, true);
    expect(await cameras(page)).toEqual({ opened: 1, live: 0 });
    await setHidden(page, false);
    await page.getByText('Hold your device still', { exact: false }).waitFor();
    expect(await cameras(page)).toEqual({ opened: 2, live: 1 });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.locator('#result').waitFor();
    expect(await page.locator('#result').textContent()).toBe('cancelled');
    // Stopping a track is asynchronous in Chromium when the machine is busy: wait for it, briefly.
    await expect.poll(() => cameras(page), { timeout: 5_000 }).toEqual({ opened: 2, live: 0 });
    await page.close();
  });

  it('explains how to allow the camera when permission is denied, and tries again', async () => {
    const page = await context.newPage();
    await page.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () =>
        Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
    });
    await startScanningExpecting(page, 'Camera access is blocked');
    await page.getByText('tap the lock icon', { exact: false }).waitFor();
    await page.getByText('open Settings, then Safari, then Camera', { exact: false }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: 'Camera access is blocked' }).waitFor();
    await page.close();
  });

  it('says so when the device has no camera', async () => {
    const page = await context.newPage();
    await page.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () =>
        Promise.reject(new DOMException('Requested device not found', 'NotFoundError'));
    });
    await startScanningExpecting(page, 'No camera found');
    await page.getByText('phone’s own camera app', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    await page.close();
  });

  it('asks for https straight away on a page that is not a secure context', async () => {
    const page = await context.newPage();
    await openScanner(page, 'http://passerelle.test', 'link');
    await page.getByRole('heading', { name: 'Secure connection needed' }).waitFor();
    await page.getByText('starts with https://', { exact: false }).waitFor();
    await page.close();
  });

  it('speaks French when the citizen chose French', async () => {
    const page = await context.newPage();
    await page.addInitScript(() => localStorage.setItem('passerelle.language', 'fr'));
    await openScanner(page, origin, 'link');
    await page.getByRole('heading', { name: 'Utiliser votre caméra' }).waitFor();
    await page.getByRole('button', { name: 'Continuer' }).waitFor();
    await page.close();
  });
});

async function startScanningExpecting(page: Page, heading: string) {
  await openScanner(page, origin, 'link');
  await page.getByRole('button', { name: 'Continue' }).click();
  const problem = page.getByRole('heading', { name: heading });
  await problem.waitFor();
  expect(await problem.evaluate((element) => element === document.activeElement)).toBe(true);
}

describe('the scanner, filming a code from another site', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await phoneFilming(`https://passerelle.example.com/app/link#${token}`);
  });
  afterAll(() => context?.close());

  it('refuses it with the reason and keeps scanning', async () => {
    const page = await context.newPage();
    await startScanning(page, 'link');
    await page.getByText('This QR code comes from another website', { exact: false }).waitFor();
    expect(await page.getByRole('status').textContent()).toContain(new URL(origin).host);
    await page.waitForTimeout(1000);
    expect(await page.locator('#result').count()).toBe(0);
    await page.close();
  });

  it('after about 10 s without our code, hints to move closer, avoid reflections or type the code', async () => {
    const page = await context.newPage();
    await startScanning(page, 'link');
    const hint = page.getByText('No code found yet. Move a little closer', { exact: false });
    await hint.waitFor({ timeout: 30_000 });
    expect(await hint.textContent()).toContain('‘Type the code instead’');
    // The fake camera has no torch: no light button (a real one with a torch shows 'Turn on the light').
    expect(await page.getByRole('button', { name: 'Turn on the light' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the scanner, filming our add code photographed at an angle', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await phoneFilming(`${origin}/app/add#${token}`, 'photo');
  });
  afterAll(() => context?.close());

  it('still reads it', async () => {
    const page = await context.newPage();
    await startScanning(page, 'add');
    await page.locator('#result').waitFor();
    expect(await page.locator('#result').textContent()).toBe(`code:${token}`);
    await page.close();
  });
});
