import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { devicesStrings } from '../devices/strings.js';
import { SiteFooter } from '../legal/site-footer.js';
import { linkStrings } from '../link/strings.js';
import { api, ok } from '../platform/api-client.js';
import { useT } from '../platform/i18n.js';
import { LanguageSwitcher } from '../platform/language-switcher.js';
import { chooseEspace, chosenEspace, EspaceProvider, type Me, useCitizen } from './citizen.js';
import { portalStrings } from './strings.js';

/** The signed-in frame: brand, eSpace switcher, 'Link your device', language, sign out. */
export function PortalLayout({ me, children }: { me: Me; children: ComponentChildren }) {
  const t = useT(portalStrings);
  const linkT = useT(linkStrings);
  const devicesT = useT(devicesStrings);
  const { reload } = useCitizen();
  const { route, path } = useLocation();
  const [espaceId, setEspaceId] = useState(chosenEspace(me));
  const espaces = me.citizen.espaces;

  const signOut = async () => {
    await ok(api.auth['sign-out'].$post()).catch(() => undefined);
    reload();
    route('/');
  };

  return (
    <div class="portal">
      <a class="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header class="topbar">
        <a class="brand" href="/procedures">
          {t('brand')}
        </a>
        {espaces.length > 1 && (
          <label class="espace-switcher">
            <span>{t('espace')}</span>
            <select
              value={espaceId}
              onChange={(event) => {
                const next = event.currentTarget.value;
                chooseEspace(me, next);
                setEspaceId(next);
                route('/procedures');
              }}
            >
              {espaces.map((espace) => (
                <option key={espace.espaceId} value={espace.espaceId}>
                  {espace.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <nav class="topbar__actions" aria-label={t('account')}>
          {/* One style for every control of the bar (issue 13): outlined, the same height. */}
          <a class="button topbar__control" href="/link" aria-current={path === '/link' ? 'page' : undefined}>
            {linkT('linkYourDevice')}
          </a>
          <a
            class="button topbar__control"
            href="/devices"
            aria-current={path === '/devices' ? 'page' : undefined}
          >
            {devicesT('myDevices')}
          </a>
          <span class="topbar__name">{me.citizen.name}</span>
          <LanguageSwitcher label={t('language')} />
          <button type="button" class="button topbar__control" onClick={signOut}>
            {t('signOut')}
          </button>
        </nav>
      </header>
      <main id="main" class="portal__main" aria-label={t('mainContent')}>
        <EspaceProvider value={espaceId}>{children}</EspaceProvider>
      </main>
      <SiteFooter />
    </div>
  );
}
