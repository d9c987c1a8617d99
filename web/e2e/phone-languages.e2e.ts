import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { procedures } from '../../functions/local/demo-data.js';
import { resumeStrings } from '../src/add-document/resume-strings.js';
import { addStrings } from '../src/add-document/strings.js';
import { accountStrings } from '../src/phone/account/strings.js';
import { phoneStrings } from '../src/phone/strings.js';
import { unlockStrings } from '../src/phone/unlock-strings.js';
import { pictureStrings } from '../src/take-picture/strings.js';
import { accessibilityViolations } from './harness/axe.js';
import { desktopBrowser, phoneBrowser } from './harness/browser.js';
import { signIn } from './harness/citizen.js';
import { linkPhone } from './harness/link-phone.js';

const { origin } = inject('stack');
const PASSWORD = 'Ech schwätze Lëtzebuergesch 2026';
const DEVICE_NAME = 'Marie’s phone in three languages';
const PARKING = '00000000-0000-4000-8000-000000000202';
/** Set SCREENSHOTS=<dir> to keep each screen at 412 and 1366 px for a person to look at. */
const shots = process.env.SCREENSHOTS;
if (shots) mkdirSync(shots, { recursive: true });

type Language = 'fr' | 'de';
const modules = [phoneStrings, accountStrings, addStrings, resumeStrings, unlockStrings, pictureStrings];

/**
 * The English a screen could leak: every English string of the phone's screens (the literal parts
 * around its `{placeholders}`) that differs in `language`, and the demo procedures' English titles.
 * Short words are left out ('Type', 'Status'), as they can be part of French or German too.
 */
function englishFor(language: Language): string[] {
  const fragments = new Set<string>();
  for (const strings of modules) {
    const english = strings.en as Record<string, string>;
    const translated = strings[language] as Record<string, string>;
    for (const [key, value] of Object.entries(english)) {
      if (value === translated[key]) continue;
      for (const part of value.split(/\{[^}]+\}/)) {
        const fragment = part.trim();
        if (fragment.length >= 8 && !translated[key]!.includes(fragment)) fragments.add(fragment);
      }
    }
  }
  for (const procedure of procedures) fragments.add(procedure.title.en);
  return [...fragments];
}

/** In `language` only, axe-clean, and at 320 px wide nothing scrolls sideways. */
async function checkScreen(phone: Page, language: Language, name: string) {
  const text = (await phone.locator('main').textContent()) ?? '';
  expect(englishFor(language).filter((english) => text.includes(english))).toEqual([]);
  expect(await phone.evaluate(() => document.documentElement.lang)).toBe(language);
  const overflow = await phone.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
  expect(await accessibilityViolations(phone)).toEqual([]);
  if (!shots) return;
  for (const width of [412, 1366]) {
    await phone.setViewportSize({ width, height: 915 });
    await phone.screenshot({ path: `${shots}/phone-${name}-${language}-${width}.png`, fullPage: true });
  }
  await phone.setViewportSize({ width: 320, height: 640 });
}

describe('every phone account screen in French and German, at 320 px', () => {
  let browser: Browser;
  let computer: Page;
  let phoneContext: BrowserContext;
  let phone: Page;
  let deviceId: string;
  const asked: string[] = [];

  beforeAll(async () => {
    let desktop: BrowserContext;
    ({ browser, context: desktop } = await desktopBrowser());
    computer = await desktop.newPage();
    await signIn(computer, origin);
    ({ context: phoneContext } = await phoneBrowser());
    phone = await phoneContext.newPage();
    await linkPhone(computer, phone, { password: PASSWORD, deviceName: DEVICE_NAME, holder: 'Marie Schmit' });
    const { devices } = await computer.evaluate(async () => (await fetch('/api/devices')).json());
    deviceId = devices.find((device: { name: string }) => device.name === DEVICE_NAME).deviceId;
    await phone.setViewportSize({ width: 320, height: 640 });
  });
  afterAll(async () => {
    await phoneContext?.close();
    await browser?.close();
  });

  for (const language of ['fr', 'de'] as const) {
    const account = accountStrings[language];
    const phoneText = phoneStrings[language];

    it(`${language}: home with a request and a document in progress, the request, 'Add a document', a procedure, settings, offline`, async () => {
      await phone.evaluate((code) => localStorage.setItem('passerelle.language', code), language);
      // The computer closes the previous language's request (still 'claimed' by this phone, it
      // would be asked for again once another request is opened), then asks for a new document.
      for (const codeId of asked.splice(0)) {
        const closed = await computer.evaluate(
          async ({ procedureId, codeId }) =>
            (await fetch(`/api/procedures/${procedureId}/upload-codes/${codeId}`, { method: 'DELETE' }))
              .status,
          { procedureId: PARKING, codeId },
        );
        expect(closed).toBeLessThan(300);
      }
      const sent = await computer.evaluate(
        async ({ procedureId, deviceId }) => {
          const answer = await fetch(`/api/procedures/${procedureId}/upload-codes`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              action: 'add',
              typeId: 'other',
              name: `Proof ${procedureId}`,
              deviceId,
            }),
          });
          return { status: answer.status, codeId: (await answer.json()).codeId as string };
        },
        { procedureId: PARKING, deviceId },
      );
      expect(sent.status).toBe(201);
      asked.push(sent.codeId);

      await phone.goto(`${origin}/app`);
      await phone.getByRole('heading', { name: phoneText.hello.replace('{name}', 'Marie Schmit') }).waitFor();
      const requests = phone.getByRole('list', { name: account.requestTitle });
      await requests.waitFor();
      await phone.getByRole('region', { name: account.myProcedures }).getByRole('link').first().waitFor();
      await checkScreen(phone, language, 'home-request');

      // Opened: straight on 'Take a picture' / 'Select a file', in the citizen's language.
      await requests.getByRole('button', { name: account.openRequest }).first().click();
      await phone.getByRole('heading', { name: addStrings[language].chooseTitle }).waitFor();
      await checkScreen(phone, language, 'request-choose');

      // Back home: the document in progress, with the time left.
      await phone.goto(`${origin}/app`);
      await phone.getByRole('region', { name: resumeStrings[language].inProgressTitle }).waitFor();
      // The request opened is that document in progress: not offered a second time.
      await phone.getByRole('list', { name: account.requestTitle }).waitFor({ state: 'detached' });
      await phone.getByRole('region', { name: account.myProcedures }).getByRole('link').first().waitFor();
      await checkScreen(phone, language, 'home-in-progress');

      await phone.goto(`${origin}/app/add/choose`);
      await phone.getByRole('heading', { name: account.chooseTitle }).waitFor();
      await phone.getByRole('heading', { name: account.chooseProcedure }).waitFor();
      await phone.locator('main a[href^="/app/procedures/"]').first().waitFor();
      await checkScreen(phone, language, 'add-choice');

      await phone.goto(`${origin}/app/procedures/${PARKING}`);
      await phone.getByRole('heading', { name: account.documents }).waitFor();
      await checkScreen(phone, language, 'procedure');
      // 'Add a supporting document': the type and name form, in place on the procedure.
      await phone.getByRole('button', { name: account.addSupportingDocument }).click();
      await phone.getByRole('heading', { name: account.addSupportingDocument }).waitFor();
      await phone.getByLabel(account.chooseType).waitFor();
      await checkScreen(phone, language, 'procedure-add-form');
      await phone.getByRole('button', { name: account.cancel }).click();

      await phone.goto(`${origin}/app/settings`);
      await phone.getByRole('heading', { name: phoneText.settings }).waitFor();
      await checkScreen(phone, language, 'settings');

      // Offline while the app is open: the procedures last seen, "as of" a time, in the same language.
      await phoneContext.setOffline(true);
      try {
        await phone.getByRole('link', { name: phoneText.brand }).click();
        await phone.getByText(account.asOf.split('{time}')[0]!.trim(), { exact: false }).waitFor();
        await phone.getByRole('region', { name: account.myProcedures }).getByRole('link').first().waitFor();
        await checkScreen(phone, language, 'home-offline');
      } finally {
        await phoneContext.setOffline(false);
      }
    });
  }
});
