import { useEffect, useState } from 'preact/hooks';
import { type Strings, useT } from './i18n.js';
import { RETRYING_EVENT, type RetryingDetail } from './retry.js';

const strings: Strings<'busy' | 'now'> = {
  en: {
    busy: 'The service is busy, trying again in {seconds} s…',
    now: 'The service is busy, trying again now…',
  },
  fr: {
    busy: 'Le service est très sollicité, nouvel essai dans {seconds} s…',
    now: 'Le service est très sollicité, nouvel essai en cours…',
  },
  de: {
    busy: 'Der Dienst ist ausgelastet, neuer Versuch in {seconds} s…',
    now: 'Der Dienst ist ausgelastet, neuer Versuch läuft…',
  },
};

/**
 * Says so while an API call waits to be retried (retry.ts): a countdown the citizen can see, and one
 * polite announcement per wait for screen readers (not one a second). Gone once the call is answered.
 */
export function RetryNotice() {
  const t = useT(strings);
  const [wait, setWait] = useState<{ until: number; seconds: number } | undefined>();
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const listener = (event: Event) => {
      const { seconds } = (event as CustomEvent<RetryingDetail>).detail;
      setNow(Date.now());
      setWait(seconds > 0 ? { until: Date.now() + seconds * 1000, seconds } : undefined);
    };
    window.addEventListener(RETRYING_EVENT, listener);
    return () => window.removeEventListener(RETRYING_EVENT, listener);
  }, []);
  useEffect(() => {
    if (!wait) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [wait]);
  const left = wait ? Math.ceil((wait.until - now) / 1000) : 0;
  return (
    <>
      <p class="visually-hidden" role="status">
        {wait ? t('busy', { seconds: wait.seconds }) : ''}
      </p>
      {wait && (
        <div class="toast" aria-hidden="true" data-testid="retry-notice">
          {left > 0 ? t('busy', { seconds: left }) : t('now')}
        </div>
      )}
    </>
  );
}
