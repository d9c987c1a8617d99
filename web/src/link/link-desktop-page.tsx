import { GetTheApp } from '../get-the-app/get-the-app.js';
import { getAppStrings } from '../get-the-app/strings.js';
import { minutesSeconds } from '../platform/countdown.js';
import { useLanguage, useT } from '../platform/i18n.js';
import { QrImage } from '../qr/qr-image.js';
import { ApprovalPanel } from './approval-panel.js';
import './link.css';
import { ShortCodeDisplay } from './short-code-display.js';
import { linkStrings } from './strings.js';
import { useLinkCode } from './use-link-code.js';

/**
 * 'Link your device' on the computer (DESIGN.md Flow 1, steps 1–2): the QR, the guide's steps, a
 * countdown and the live status: waiting → scanned on “name” → linked.
 */
export function LinkDesktopPage() {
  const t = useT(linkStrings);
  const getApp = useT(getAppStrings);
  const { language } = useLanguage();
  const { state, seconds, restart, decide } = useLinkCode();
  const linked = state.phase === 'showing' && state.state === 'linked';
  const status =
    state.phase !== 'showing'
      ? t('renewing')
      : state.state === 'linked'
        ? t('statusLinked', { device: state.deviceName ?? '' })
        : state.state === 'scanned'
          ? t('statusScanned')
          : t('statusWaiting');

  return (
    <section class="link-page" aria-labelledby="link-title">
      <h1 id="link-title">{t('linkYourDevice')}</h1>

      {state.phase === 'error' ? (
        // Signing in again before linking is routine (row 8), not a failure: information, not an alert.
        <div
          class={`notice ${state.error.code === 'reauth_required' ? 'notice--info' : 'notice--error'}`}
          role={state.error.code === 'reauth_required' ? 'status' : 'alert'}
        >
          <p>{state.error.describe(language)}</p>
          {state.error.code === 'reauth_required' ? (
            <p class="link-page__actions">
              <a class="button button--primary" href="/api/auth/sign-in/luxtrust?returnTo=/link">
                {t('signInAgain')} (LuxTrust)
              </a>
              <a class="button button--primary" href="/api/auth/sign-in/eid?returnTo=/link">
                {t('signInAgain')} (eID)
              </a>
            </p>
          ) : (
            <button type="button" class="button" onClick={restart}>
              {t('retry')}
            </button>
          )}
        </div>
      ) : (
        <div class="link-page__layout">
          <div class="card link-page__code">
            {!linked && <p>{t('desktopIntro')}</p>}
            {state.phase === 'showing' && !linked && <QrImage value={state.url} label={t('qrLabel')} />}
            {state.phase === 'showing' && !linked && state.shortCode && (
              <ShortCodeDisplay code={state.shortCode} />
            )}
            {state.phase === 'creating' && <div class="qr-image qr-image--pending" aria-hidden="true" />}
            <p
              class={`link-status link-status--${state.phase === 'showing' ? state.state : 'waiting'}`}
              role="status"
              aria-live="polite"
            >
              {status}
            </p>
            {state.phase === 'showing' && !linked && state.approval && (
              <ApprovalPanel approval={state.approval} onDecide={decide} />
            )}
            {state.phase === 'showing' && !linked && (
              <p class="link-page__countdown">{t('expiresIn', { time: minutesSeconds(seconds) })}</p>
            )}
            {linked && (
              <p class="link-page__actions">
                <a class="button button--primary" href="/devices">
                  {t('myDevices')}
                </a>
                <button type="button" class="button" onClick={restart}>
                  {t('linkAnother')}
                </button>
              </p>
            )}
          </div>
          {/* Once linked, the scanning steps are history: only the result and what next remain. */}
          {!linked && (
            <div class="link-page__steps">
              <h2>{t('onYourPhone')}</h2>
              <ol>
                <li>{t('step1')}</li>
                <li>{t('step2')}</li>
                <li>{t('step3')}</li>
                <li>{t('step4')}</li>
                <li>{t('step5')}</li>
              </ol>
              <p>{t('holdStill')}</p>
              <p>{t('thenChoose')}</p>
              <p class="notice notice--info">{t('singleUse')}</p>
              {/* Closed by default: a second QR code beside the link's would invite scanning the wrong one. */}
              <details class="link-page__get-app">
                <summary>{getApp('show')}</summary>
                <GetTheApp headingLevel={3} showTitle={false} />
              </details>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
