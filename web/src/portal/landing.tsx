import { useLocation } from 'preact-iso';
import { GetTheApp } from '../get-the-app/get-the-app.js';
import { SiteFooter } from '../legal/site-footer.js';
import { useT } from '../platform/i18n.js';
import { LanguageSwitcher } from '../platform/language-switcher.js';
import { portalStrings } from './strings.js';

const notices = { failed: 'signInFailed', cancelled: 'signInCancelled', expired: 'signInExpired' } as const;

/** Signed out: sign in with 'LuxTrust' or 'eID' (both OpenID Connect with PKCE). */
export function Landing({ sessionEnded }: { sessionEnded: boolean }) {
  const t = useT(portalStrings);
  const { query, path } = useLocation();
  const notice = notices[query.signin as keyof typeof notices];
  const returnTo = encodeURIComponent(path === '/' ? '/procedures' : path);
  return (
    <div class="landing">
      <a class="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header class="topbar">
        <span class="brand">{t('brand')}</span>
        <LanguageSwitcher label={t('language')} />
      </header>
      <main id="main" class="landing__main">
        <h1>{t('heroTitle')}</h1>
        <p class="landing__tagline">{t('tagline')}</p>
        <section class="card landing__card" aria-labelledby="sign-in-title">
          <h2 id="sign-in-title">{t('signInTitle')}</h2>
          {sessionEnded && !notice && (
            <p class="notice notice--info" role="status">
              {t('sessionExpired')}
            </p>
          )}
          {notice && (
            <p class="notice notice--error" role="alert">
              {t(notice)}
            </p>
          )}
          <p>{t('signInIntro')}</p>
          <div class="landing__methods">
            <a
              class="button button--primary button--large"
              href={`/api/auth/sign-in/luxtrust?returnTo=${returnTo}`}
            >
              <span class="visually-hidden">{t('signInWith')} </span>
              {t('luxtrust')}
            </a>
            <a
              class="button button--primary button--large"
              href={`/api/auth/sign-in/eid?returnTo=${returnTo}`}
            >
              <span class="visually-hidden">{t('signInWith')} </span>
              {t('eid')}
            </a>
          </div>
        </section>
        {/* Rendered with the first screen, so nothing below it moves later; its QR code is drawn in a
            worker (qr/qr-image.tsx), off the page's main thread. */}
        <div class="card landing__card">
          <GetTheApp />
        </div>
      </main>
      <SiteFooter />
    </div>
  );
}
