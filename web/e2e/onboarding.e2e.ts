import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations } from './harness/axe.js';
import { desktopBrowser, phoneBrowser } from './harness/browser.js';
import { signIn } from './harness/citizen.js';

const { origin } = inject('stack');
const SHOTS = '/tmp/passerelle-shots/onboarding';
mkdirSync(SHOTS, { recursive: true });

const noViolations = async (page: Page) => expect(await accessibilityViolations(page)).toEqual([]);

/** Each changed screen at a phone's width and a laptop's, kept for a person to look at. */
async function screenshots(page: Page, name: string) {
  const size = page.viewportSize();
  for (const width of [412, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  if (size) await page.setViewportSize(size);
}

async function chooseLanguage(page: Page, label: string, language: string) {
  await page.getByRole('combobox', { name: label }).first().selectOption(language);
}

const IPHONE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';

describe('getting in: the landing page, how to get the app, the footer pages', () => {
  let desktop: { browser: Browser; context: BrowserContext };
  let page: Page;

  beforeAll(async () => {
    desktop = await desktopBrowser('en-GB');
    page = await desktop.context.newPage();
  });
  afterAll(async () => {
    await desktop?.browser.close();
  });

  it('says what the service is and how to get the app, with a QR code to /app', async () => {
    await page.goto(origin);
    await page.getByRole('heading', { level: 1, name: 'Send the documents your procedures need' }).waitFor();
    await page.getByText('take pictures of paper documents with your phone', { exact: false }).waitFor();
    await page.getByRole('heading', { name: 'Sign in to your account' }).waitFor();
    await page.getByRole('heading', { name: 'Get the Passerelle app' }).waitFor();
    await page.getByRole('img', { name: 'QR code that opens the Passerelle app on your phone' }).waitFor();
    await page.getByText(`${origin}/app`, { exact: true }).waitFor();
    await page.getByText('Tap ‘Install’', { exact: false }).waitFor();
    await page.getByText('Tap ‘Add to Home Screen’, then ‘Add’.').waitFor();
    await page.getByText('it opens the app directly', { exact: false }).waitFor();
    // The QR code really leads to the app: the image decodes to <origin>/app.
    const src = await page
      .getByRole('img', { name: 'QR code that opens the Passerelle app' })
      .getAttribute('src');
    expect(src).toMatch(/^data:image\/png;base64,/);
    await noViolations(page);
    await screenshots(page, 'landing');
  });

  it('has a footer whose four pages are real, in English, French and German, and axe-clean', async () => {
    const pages = [
      ['Legal notice', 'Publisher', /published by the Passerelle service desk/],
      ['Accessibility statement', 'Report a problem', /WCAG\) 2\.1 at level AA/],
      ['Privacy notice', 'Your rights', /General Data Protection Regulation/],
      ['Contact', 'Help with Passerelle', /We answer within five working days/],
    ] as const;
    for (const [title, section, phrase] of pages) {
      await page.goto(origin);
      await page.getByRole('contentinfo').getByRole('link', { name: title }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByRole('heading', { level: 2, name: section }).waitFor();
      expect((await page.locator('main').textContent()) ?? '').toMatch(phrase);
      expect(await page.getByRole('heading', { level: 2 }).count()).toBeGreaterThanOrEqual(3);
      await noViolations(page);
      await screenshots(page, `legal-${title.toLowerCase().replace(/ /g, '-')}`);
    }
    // The accessibility statement says how to report a problem, with a link to write.
    await page.goto(`${origin}/accessibility`);
    await page.getByRole('link', { name: 'accessibility@passerelle.example.lu' }).waitFor();

    await chooseLanguage(page, 'Language', 'fr');
    await page.getByRole('heading', { level: 1, name: 'Déclaration d’accessibilité' }).waitFor();
    // French spacing: a no-break space before the colon.
    expect((await page.locator('main').textContent()) ?? '').toContain('partiellement conforme\u00a0:');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Mentions légales' }).waitFor();
    await noViolations(page);
    await screenshots(page, 'legal-accessibility-fr');

    await chooseLanguage(page, 'Langue', 'de');
    await page.getByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' }).waitFor();
    await page.getByRole('contentinfo').getByRole('link', { name: 'Datenschutzerklärung' }).click();
    await page.getByRole('heading', { level: 1, name: 'Datenschutzerklärung' }).waitFor();
    await noViolations(page);
    await chooseLanguage(page, 'Sprache', 'en');
  });

  it('signed in: one style for the bar, the footer, and the app’s QR folded away on ‘Link your device’', async () => {
    await signIn(page, origin);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy notice' }).waitFor();
    const bar = page.getByRole('navigation', { name: 'Account' });
    const heights = await bar
      .locator('.button, select')
      .evaluateAll((controls) =>
        controls.map((control) => Math.round(control.getBoundingClientRect().height)),
      );
    expect(heights.length).toBeGreaterThanOrEqual(3);
    expect(new Set(heights).size).toBe(1);
    await screenshots(page, 'procedures');

    await bar.getByRole('link', { name: 'Link your device' }).click();
    await page.getByRole('img', { name: 'QR code to scan with your smartphone or tablet' }).waitFor();
    // Closed: only the link's QR code is visible, so nobody scans the wrong one.
    expect(
      await page.getByRole('img', { name: 'QR code that opens the Passerelle app on your phone' }).count(),
    ).toBe(0);
    await page.getByText('How do I get the app?').click();
    await page.getByRole('img', { name: 'QR code that opens the Passerelle app on your phone' }).waitFor();
    await page.getByText(/This QR code expires in (5:00|4:5\d)/).waitFor();
    await noViolations(page);
    await screenshots(page, 'link-your-device');
  });
});

describe('the computer’s ‘My mobile app’ says what the phone does and repeats what the code is for', () => {
  it('offers pictures or a file, how to get the app, and names the type and name above the QR code', async () => {
    const { browser, context } = await desktopBrowser('en-GB');
    const computer = await context.newPage();
    await signIn(computer, origin);
    await computer.getByRole('link', { name: 'Housing allowance application' }).click();
    await computer.getByRole('button', { name: 'Add a supporting document' }).click();
    const dialog = computer.getByRole('dialog', { name: 'Add a supporting document' });
    await dialog.getByRole('button', { name: /My mobile app/ }).click();
    await dialog.getByText('take pictures or choose a file on your phone', { exact: false }).waitFor();
    await dialog.getByText('How do I get the app?').click();
    await dialog.getByRole('img', { name: 'QR code that opens the Passerelle app on your phone' }).waitFor();
    await noViolations(computer);
    await screenshots(computer, 'my-mobile-app-form');
    await dialog.getByText('How do I get the app?').click();
    await dialog.getByLabel('Type of supporting document').selectOption({ label: 'Other document' });
    await dialog.getByLabel('Name (optional)').fill('Payslip October');
    await dialog.getByRole('button', { name: 'Generate' }).click();
    await dialog.getByRole('img', { name: /QR code to scan/ }).waitFor();
    await dialog.getByText('For: Other document – “Payslip October”').waitFor();
    await noViolations(computer);
    await screenshots(computer, 'my-mobile-app-qr');
    await browser.close();
  });
});

describe('the phone’s /app in a browser tab invites installation without blocking', () => {
  it('shows the iPhone steps on Safari, and stays dismissed after ‘Not now’', async () => {
    const { context } = await phoneBrowser();
    const phone = await context.newPage();
    // Safari has no install prompt: the same profile with an iPhone's User-Agent.
    const cdp = await context.newCDPSession(phone);
    await cdp.send('Emulation.setUserAgentOverride', { userAgent: IPHONE_UA });
    await phone.goto(`${origin}/app`);
    await phone.getByRole('heading', { name: 'Install the Passerelle app' }).waitFor();
    await phone.getByText('Tap ‘Add to Home Screen’, then ‘Add’.').waitFor();
    // Nothing is blocked: the home's own actions are there and usable.
    await phone.getByRole('link', { name: 'Link a device' }).waitFor();
    await noViolations(phone);
    await screenshots(phone, 'app-install-iphone');
    await phone.getByRole('button', { name: 'Not now' }).click();
    await phone.reload();
    await phone.getByRole('link', { name: 'Link a device' }).waitFor();
    expect(await phone.getByRole('heading', { name: 'Install the Passerelle app' }).count()).toBe(0);
    await context.close();
  });

  it('offers Chrome’s own install prompt where the browser fires beforeinstallprompt', async () => {
    const { context } = await phoneBrowser();
    const phone = await context.newPage();
    await phone.goto(`${origin}/app`);
    await phone.getByRole('link', { name: 'Link a device' }).waitFor();
    // What Chrome dispatches when the app is installable; the page must keep it and prompt from it.
    await phone.evaluate(() => {
      const event = new Event('beforeinstallprompt', { cancelable: true }) as Event & Record<string, unknown>;
      event.prompt = async () => {
        (window as unknown as { prompted: boolean }).prompted = true;
      };
      event.userChoice = Promise.resolve({ outcome: 'accepted' });
      window.dispatchEvent(event);
    });
    await phone.getByRole('heading', { name: 'Install the Passerelle app' }).waitFor();
    await phone.getByRole('button', { name: 'Install', exact: true }).click();
    await phone.waitForFunction(() => (window as unknown as { prompted?: boolean }).prompted === true);
    await phone.getByRole('heading', { name: 'Install the Passerelle app' }).waitFor({ state: 'detached' });
    await context.close();
  });
});

describe('the app password, judged by the same estimator as the server, in three languages', () => {
  let desktop: { browser: Browser; context: BrowserContext };
  let computer: Page;

  beforeAll(async () => {
    desktop = await desktopBrowser('en-GB');
    computer = await desktop.context.newPage();
    await signIn(computer, origin);
  });
  afterAll(async () => {
    await desktop?.browser.close();
  });

  /** A link code made by the signed-in computer, opened on the phone as its QR code would be. */
  async function passwordForm(locale: string, continueLabel: string) {
    const url = await computer.evaluate(async () => {
      const response = await fetch('/api/link-codes', { method: 'POST' });
      return ((await response.json()) as { url: string }).url;
    });
    const { context } = await phoneBrowser({ locale });
    const phone = await context.newPage();
    await phone.goto(url);
    await phone.getByRole('button', { name: continueLabel, exact: true }).click();
    return { context, phone };
  }

  const cases = [
    {
      locale: 'en-GB',
      weak: 'azertyuiop',
      continue: 'Continue',
      password: 'App password',
      repeat: 'Repeat the app password',
      submit: 'Link this device',
      show: 'Show passwords',
      refused: /This password is too easy to guess\..*keyboard/s,
      mismatch: 'The two passwords are not the same. Correct one of them.',
    },
    {
      locale: 'fr-FR',
      weak: 'luxembourg1',
      continue: 'Continuer',
      password: 'Mot de passe de l’application',
      repeat: 'Répétez le mot de passe',
      submit: 'Lier cet appareil',
      show: 'Afficher les mots de passe',
      refused: /Ce mot de passe est trop facile à deviner\. Choisissez-en un plus long\u00a0:/,
      mismatch: 'Les deux mots de passe ne sont pas identiques. Corrigez l’un des deux.',
    },
    {
      locale: 'de-DE',
      weak: 'Passwort1',
      continue: 'Weiter',
      password: 'App-Passwort',
      repeat: 'App-Passwort wiederholen',
      submit: 'Dieses Gerät verknüpfen',
      show: 'Passwörter anzeigen',
      refused: /Dieses Passwort ist zu leicht zu erraten\./,
      mismatch: 'Die beiden Passwörter stimmen nicht überein. Korrigieren Sie eines davon.',
    },
  ];

  for (const c of cases) {
    it(`refuses ${c.weak} on the field itself (${c.locale}), then a mismatch on the second field`, async () => {
      const { context, phone } = await passwordForm(c.locale, c.continue);
      const password = phone.getByLabel(c.password, { exact: true });
      const repeat = phone.getByLabel(c.repeat, { exact: true });
      await password.fill(c.weak);
      await repeat.fill(c.weak);
      await phone.getByRole('button', { name: c.submit }).click();
      const error = phone.locator('#password-error');
      await error.waitFor();
      expect((await error.textContent()) ?? '').toMatch(c.refused);
      expect(await password.getAttribute('aria-invalid')).toBe('true');
      expect(await password.getAttribute('aria-describedby')).toContain('password-error');
      expect(await phone.evaluate(() => document.activeElement?.id)).toBe('link-password');
      await noViolations(phone);
      if (c.locale === 'en-GB') await screenshots(phone, 'password-refused');

      // A good passphrase, a different repeat: the error moves to the second field; both keep their text.
      await password.fill('tulipe rouge du jardin');
      await repeat.fill('tulipe rouge du jardim');
      await phone.getByRole('button', { name: c.submit }).click();
      await phone.locator('#repeat-error').getByText(c.mismatch).waitFor();
      expect(await password.getAttribute('aria-invalid')).toBeNull();
      expect(await repeat.getAttribute('aria-invalid')).toBe('true');
      expect(await phone.evaluate(() => document.activeElement?.id)).toBe('link-repeat');
      expect(await password.inputValue()).toBe('tulipe rouge du jardin');
      expect(await repeat.inputValue()).toBe('tulipe rouge du jardim');

      const show = phone.getByRole('button', { name: c.show });
      await show.click();
      expect(await show.getAttribute('aria-pressed')).toBe('true');
      expect(await password.getAttribute('type')).toBe('text');
      await noViolations(phone);
      if (c.locale === 'en-GB') await screenshots(phone, 'password-mismatch-shown');
      await context.close();
    });
  }
});
