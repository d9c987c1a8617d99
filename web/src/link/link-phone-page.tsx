import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { turnOnBiometrics } from '../phone/biometrics.js';
import { refreshDevice, useDevice } from '../phone/device.js';
import { PhoneLayout } from '../phone/phone-layout.js';
import { ApiFailure } from '../platform/api.js';
import { FocusedHeading } from '../platform/focused-heading.js';
import { takeFragment } from '../platform/fragment-token.js';
import { useLanguage, useT } from '../platform/i18n.js';
import { ScanScreen } from '../scanner/scan-screen.js';
import { approvalStrings } from './approval-strings.js';
import { claimLinkCode, type LinkPreview, previewLinkCode } from './claim.js';
import { type LinkChoices, LinkForm, suggestedDeviceName } from './link-form.js';
import './link.css';
import { linkStrings } from './strings.js';

type Step =
  | { name: 'intro' }
  | { name: 'scan' }
  | { name: 'checking'; token: string }
  | { name: 'confirm'; token: string; preview: LinkPreview }
  | { name: 'choose'; token: string; busy: boolean; error?: string }
  | { name: 'approval'; token: string; choices: LinkChoices }
  | { name: 'biometrics'; busy: boolean; failed: boolean }
  | { name: 'problem'; message: string };

/** How often a phone waiting for the computer's approval asks again. */
const APPROVAL_POLL_MS = 1500;

/**
 * 'Link a device' on the phone (DESIGN.md Flow 1, steps 3–6): 'Continue', the scanner, whose account
 * and which site, the app password and device name, the claim, then 'Use face or fingerprint to
 * unlock?'. Every step has its own heading, which takes the focus.
 */
export function LinkPhonePage() {
  const t = useT(linkStrings);
  const approvalT = useT(approvalStrings);
  const { language } = useLanguage();
  const { route } = useLocation();
  const device = useDevice();
  const [step, setStep] = useState<Step>(() => {
    const token = takeFragment();
    return token ? { name: 'checking', token } : { name: 'intro' };
  });

  const describe = (error: unknown) => (error instanceof ApiFailure ? error.describe(language) : t('retry'));

  const claim = async (token: string, choices: LinkChoices, waiting = false) => {
    if (!waiting) setStep({ name: 'choose', token, busy: true });
    try {
      await claimLinkCode({ token, ...choices, language });
      setStep({ name: 'biometrics', busy: false, failed: false });
    } catch (error) {
      const code = error instanceof ApiFailure ? error.code : '';
      // A typed code: the citizen approves this phone on the computer; meanwhile the claim is asked again.
      if (code === 'link_approval_pending' || (waiting && code === 'network_unreachable')) {
        return setStep({ name: 'approval', token, choices });
      }
      if (code === 'link_refused') return setStep({ name: 'problem', message: describe(error) });
      // A code lost to another phone or to time cannot be retried here; a weak password can.
      if (code.startsWith('link_code_')) setStep({ name: 'problem', message: describe(error) });
      else setStep({ name: 'choose', token, busy: false, error: describe(error) });
    }
  };

  // The latest render's, in the current language: the effects run again for a new step only.
  const latest = useRef({ describe, claim });
  latest.current = { describe, claim };

  useEffect(() => {
    if (step.name !== 'checking') return;
    previewLinkCode(step.token, suggestedDeviceName()).then(
      (preview) => setStep({ name: 'confirm', token: step.token, preview }),
      (error) => setStep({ name: 'problem', message: latest.current.describe(error) }),
    );
  }, [step]);

  useEffect(() => {
    if (step.name !== 'approval') return;
    const timer = setTimeout(() => latest.current.claim(step.token, step.choices, true), APPROVAL_POLL_MS);
    return () => clearTimeout(timer);
  }, [step]);

  const enableBiometrics = async () => {
    setStep({ name: 'biometrics', busy: true, failed: false });
    try {
      await turnOnBiometrics();
      await refreshDevice();
      route('/app?linked=1', true);
    } catch {
      setStep({ name: 'biometrics', busy: false, failed: true });
    }
  };

  const home = () => route('/app');
  // Each step's heading takes the focus as the step appears.
  const title = (text: string) => <FocusedHeading key={step.name}>{text}</FocusedHeading>;

  // Once this page has claimed, the phone is linked by it: only an earlier link counts here.
  const alreadyLinked =
    (device.status === 'locked' || device.status === 'unlocked') &&
    step.name !== 'biometrics' &&
    step.name !== 'choose' &&
    step.name !== 'approval';
  if (alreadyLinked) {
    return (
      <PhoneLayout>
        {title(t('alreadyLinkedTitle'))}
        <p>{t('alreadyLinkedText')}</p>
        <div class="phone__actions">
          <a class="button button--primary button--large" href="/app/settings">
            {t('settings')}
          </a>
          <a class="button button--large" href="/app">
            {t('home')}
          </a>
        </div>
      </PhoneLayout>
    );
  }

  if (step.name === 'scan') {
    return (
      <PhoneLayout>
        <ScanScreen purpose="link" onCode={(token) => setStep({ name: 'checking', token })} onCancel={home} />
      </PhoneLayout>
    );
  }

  return (
    <PhoneLayout>
      {step.name === 'intro' && (
        <section>
          {title(t('linkTitle'))}
          <p>{t('linkIntro')}</p>
          <p>{t('linkIntro2')}</p>
          <div class="phone__actions">
            <button
              type="button"
              class="button button--primary button--large"
              onClick={() => setStep({ name: 'scan' })}
            >
              {t('continue')}
            </button>
            <button type="button" class="button button--large" onClick={home}>
              {t('cancel')}
            </button>
          </div>
        </section>
      )}

      {step.name === 'checking' && (
        <section>
          {title(t('linkTitle'))}
          <p class="page-loading" role="status">
            {t('checkingCode')}
          </p>
        </section>
      )}

      {step.name === 'confirm' && (
        <section>
          {title(t('confirmTitle'))}
          <dl class="link-summary">
            <dt>{t('holder')}</dt>
            <dd>{step.preview.holder}</dd>
            <dt>{t('site')}</dt>
            <dd>{step.preview.site}</dd>
          </dl>
          <p class="notice notice--warning">{t('confirmWarning')}</p>
          <div class="phone__actions">
            <button
              type="button"
              class="button button--primary button--large"
              onClick={() => setStep({ name: 'choose', token: step.token, busy: false })}
            >
              {t('continue')}
            </button>
            <button type="button" class="button button--large" onClick={home}>
              {t('cancel')}
            </button>
          </div>
        </section>
      )}

      {step.name === 'choose' && (
        <section>
          {title(t('formTitle'))}
          <LinkForm
            busy={step.busy}
            serverError={step.error}
            onSubmit={(choices) => claim(step.token, choices)}
            onCancel={home}
          />
        </section>
      )}

      {step.name === 'approval' && (
        <section>
          {title(approvalT('waitTitle'))}
          <p class="notice notice--info">{approvalT('waitText', { device: step.choices.deviceName })}</p>
          <p class="page-loading" role="status">
            {approvalT('waitHint')}
          </p>
          <div class="phone__actions">
            <button type="button" class="button button--large" onClick={home}>
              {t('cancel')}
            </button>
          </div>
        </section>
      )}

      {step.name === 'biometrics' && (
        <section>
          {title(t('biometricsTitle'))}
          <p>{t('biometricsText')}</p>
          {step.failed && (
            <p class="notice notice--error" role="alert">
              {t('biometricsFailed')}
            </p>
          )}
          <div class="phone__actions">
            <button
              type="button"
              class="button button--primary button--large"
              disabled={step.busy}
              onClick={enableBiometrics}
            >
              {t('useBiometrics')}
            </button>
            <button
              type="button"
              class="button button--large"
              disabled={step.busy}
              onClick={() => route('/app?linked=1', true)}
            >
              {t('notNow')}
            </button>
          </div>
        </section>
      )}

      {step.name === 'problem' && (
        <section>
          {title(t('linkTitle'))}
          <p class="notice notice--error" role="alert">
            {step.message}
          </p>
          <div class="phone__actions">
            <button
              type="button"
              class="button button--primary button--large"
              onClick={() => setStep({ name: 'scan' })}
            >
              {t('scanAgain')}
            </button>
            <button type="button" class="button button--large" onClick={home}>
              {t('home')}
            </button>
          </div>
        </section>
      )}
    </PhoneLayout>
  );
}
