import type { ComponentChildren } from 'preact';
import { InstallInvite } from '../get-the-app/install-invite.js';
import { SiteFooter } from '../legal/site-footer.js';
import { useT } from '../platform/i18n.js';
import { LanguageSwitcher } from '../platform/language-switcher.js';
import { phoneStrings } from './strings.js';
import { useOnline } from './use-online.js';

/** The phone's frame: a compact bar, an offline notice, the screen. */
export function PhoneLayout({ title, children }: { title?: string; children: ComponentChildren }) {
  const t = useT(phoneStrings);
  const online = useOnline();
  return (
    <div class="phone">
      <header class="phone__bar">
        <a class="brand" href="/app">
          {t('brand')}
        </a>
        <LanguageSwitcher label={t('language')} />
      </header>
      {!online && (
        <p class="notice notice--warning phone__offline" role="status">
          {t('offline')}
        </p>
      )}
      <main id="main" class="phone__main">
        {title && <h1>{title}</h1>}
        <InstallInvite />
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
