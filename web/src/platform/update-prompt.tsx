import { useRegisterSW } from 'virtual:pwa-register/preact';
import { type Strings, useT } from './i18n.js';

const strings: Strings<'newVersion' | 'reload' | 'later'> = {
  en: { newVersion: 'A new version of Passerelle is available.', reload: 'Reload', later: 'Later' },
  fr: {
    newVersion: 'Une nouvelle version de Passerelle est disponible.',
    reload: 'Recharger',
    later: 'Plus tard',
  },
  de: { newVersion: 'Eine neue Version von Passerelle ist verfügbar.', reload: 'Neu laden', later: 'Später' },
};

/** The service worker's update prompt: a new version waits until the citizen chooses to reload. */
export function UpdatePrompt() {
  const t = useT(strings);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <div class="toast" role="status">
      <span>{t('newVersion')}</span>
      <button type="button" class="button" onClick={() => updateServiceWorker(true)}>
        {t('reload')}
      </button>
      <button type="button" class="button button--quiet" onClick={() => setNeedRefresh(false)}>
        {t('later')}
      </button>
    </div>
  );
}
