import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiFailure } from '../platform/api.js';
import { api, ok } from '../platform/api-client.js';
import { useDates, useLanguage, useT } from '../platform/i18n.js';
import { LanguageSwitcher } from '../platform/language-switcher.js';
import { devicesStrings } from './strings.js';

type Step =
  | { name: 'reading' }
  | { name: 'confirm'; deviceName: string; browser: string; linkedAt: string }
  | { name: 'done'; deviceName: string }
  /** Without an error: the link carried no token. The error is worded when shown, in the language then. */
  | { name: 'problem'; error?: unknown };

/**
 * Where the confirmation email's 'This wasn't me — unlink this device' link leads, without signing in.
 * Opening it only reads: mail scanners open links, so the unlink is a POST behind a button.
 */
export function UnlinkEmailPage() {
  const t = useT(devicesStrings);
  const { language } = useLanguage();
  const dates = useDates();
  const [token] = useState(() => {
    const value = location.hash.slice(1);
    // Out of the address bar and history at once (SECURITY.md row 10).
    if (value) history.replaceState(history.state, '', location.pathname);
    return value;
  });
  const [step, setStep] = useState<Step>(token ? { name: 'reading' } : { name: 'problem' });
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const problem = (error: unknown) => setStep({ name: 'problem', error });
  const describe = (error: unknown) =>
    error === undefined
      ? t('emailNoToken')
      : error instanceof ApiFailure
        ? error.describe(language)
        : String(error);

  useEffect(() => {
    if (!token) return;
    ok(api['unlink-links'].preview.$post({ json: { token } })).then(
      (device) => setStep({ name: 'confirm', ...device }),
      (error: unknown) => setStep({ name: 'problem', error }),
    );
  }, [token]);
  useEffect(() => {
    // Each new step's heading takes the focus, so screen readers hear what happened.
    if (step.name !== 'reading' && step.name !== 'confirm') heading.current?.focus();
  }, [step.name]);

  const confirm = async () => {
    setBusy(true);
    try {
      const answer = await ok(api['unlink-links'].confirm.$post({ json: { token } }));
      setStep({ name: 'done', deviceName: answer.deviceName });
    } catch (error) {
      problem(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="landing">
      <header class="topbar">
        <span class="brand">{t('brand')}</span>
        <LanguageSwitcher label={t('language')} />
      </header>
      <main id="main" class="landing__main">
        <section class="card landing__card" aria-labelledby="unlink-title">
          <h1 id="unlink-title" ref={heading} tabIndex={-1}>
            {t('emailTitle')}
          </h1>
          {step.name === 'reading' && <p role="status">{t('loading')}</p>}
          {step.name === 'confirm' && (
            <>
              <p>{t('emailIntro')}</p>
              <p>
                <strong>
                  {t(step.deviceName === step.browser ? 'emailDevice' : 'emailDeviceBrowser', {
                    name: step.deviceName,
                    browser: step.browser,
                    date: dates.dateTime(step.linkedAt),
                  })}
                </strong>
              </p>
              <p>{t('emailConsequence')}</p>
              <button
                type="button"
                class="button button--danger button--large"
                disabled={busy}
                onClick={confirm}
              >
                {t('emailConfirm')}
              </button>
            </>
          )}
          {step.name === 'done' && (
            <>
              <p class="notice notice--success" role="status">
                {t('emailDone', { name: step.deviceName })}
              </p>
              <p>{t('emailAfter')}</p>
              <a class="button button--primary" href="/devices">
                {t('goToPortal')}
              </a>
            </>
          )}
          {step.name === 'problem' && (
            <>
              <p class="notice notice--error" role="alert">
                {describe(step.error)}
              </p>
              <a class="button" href="/">
                {t('goToPortal')}
              </a>
            </>
          )}
        </section>
      </main>
    </div>
  );
}
