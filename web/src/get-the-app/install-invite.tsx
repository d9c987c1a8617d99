import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useT } from '../platform/i18n.js';
import { forgetInstallPrompt, installPrompt, onInstallable } from './install-capture.js';
import { getAppStrings } from './strings.js';
import './get-the-app.css';

const DISMISSED = 'passerelle.installInviteDismissed';

const standalone = () =>
  globalThis.matchMedia?.('(display-mode: standalone)').matches ||
  (navigator as Navigator & { standalone?: boolean }).standalone === true;

/** iPhone and iPad (iPadOS says it is a Mac, but has touch): Safari has no install prompt. */
const appleMobile = () =>
  /iPhone|iPad|iPod/.test(navigator.userAgent) ||
  (/Macintosh/.test(navigator.userAgent) && navigator.maxTouchPoints > 1);

/**
 * On the phone's home in a plain browser tab: an invitation to install, never in the way. Chrome's
 * own prompt where the browser offers one; elsewhere, the iPhone's steps (Share → Add to Home Screen).
 * Dismissed once, it stays dismissed; in the installed app it never shows.
 */
export function InstallInvite() {
  const t = useT(getAppStrings);
  const { path } = useLocation();
  const [, refresh] = useState(0);
  const [dismissed, setDismissed] = useState(() => localStorage.getItem(DISMISSED) === '1');
  useEffect(() => onInstallable(() => refresh((n) => n + 1)), []);

  if (path !== '/app' || dismissed || standalone()) return null;
  // No browser on iOS can prompt: there, always the Share → Add to Home Screen steps.
  const prompt = appleMobile() ? undefined : installPrompt();
  if (!prompt && !appleMobile()) return null;

  const dismiss = () => {
    localStorage.setItem(DISMISSED, '1');
    setDismissed(true);
  };
  const install = async () => {
    await prompt!.prompt();
    const { outcome } = await prompt!.userChoice;
    forgetInstallPrompt(); // an event prompts once
    if (outcome === 'accepted') dismiss();
  };

  return (
    <section class="notice notice--info install-invite" aria-labelledby="install-invite-title">
      <h2 id="install-invite-title" class="install-invite__title">
        {t('inviteTitle')}
      </h2>
      <p>{t('inviteText')}</p>
      {!prompt && (
        <ol>
          <li>{t('iphone2')}</li>
          <li>{t('iphone3')}</li>
        </ol>
      )}
      <div class="install-invite__actions">
        {prompt && (
          <button type="button" class="button button--primary" onClick={install}>
            {t('install')}
          </button>
        )}
        <button type="button" class="button" onClick={dismiss}>
          {t('notNow')}
        </button>
      </div>
    </section>
  );
}
