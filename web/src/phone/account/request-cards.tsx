import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { loadPending } from '../../add-document/pending-store.js';
import { minutesSeconds, useCountdown } from '../../platform/countdown.js';
import { useT, useTranslated } from '../../platform/i18n.js';
import { accountApi, type DeviceRequest } from './account-api.js';
import { openDeviceUpload } from './start-upload.js';
import { accountStrings } from './strings.js';

/**
 * Requests the computer sent to this phone, at the top of its home: read when the home opens, when
 * the app comes back to the foreground, and when the service worker relays a push.
 */
export function RequestCards() {
  const [requests, setRequests] = useState<DeviceRequest[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    // A request already opened on this phone is the 'Document in progress' card: not shown twice.
    const read = () =>
      Promise.all([accountApi.requests(controller.signal), loadPending().catch(() => undefined)])
        .then(([answer, pending]) => {
          const opened = pending?.summary ? pending.request : undefined;
          setRequests(answer.requests.filter((request) => request.codeId !== opened));
        })
        .catch(() => undefined);
    read();
    const visible = () => document.visibilityState === 'visible' && read();
    const pushed = (event: MessageEvent) => event.data?.kind === 'request' && read();
    document.addEventListener('visibilitychange', visible);
    navigator.serviceWorker?.addEventListener('message', pushed);
    // While the home is open, a request sent meanwhile shows up without a reload.
    const timer = setInterval(read, 5000);
    return () => {
      controller.abort();
      clearInterval(timer);
      document.removeEventListener('visibilitychange', visible);
      navigator.serviceWorker?.removeEventListener('message', pushed);
    };
  }, []);
  // A hook, so called on every render, before the early return (Biome's useHookAtTopLevel).
  const t = useT(accountStrings);
  if (requests.length === 0) return null;
  return (
    <ul class="request-cards" aria-label={t('requestTitle')}>
      {requests.map((request) => (
        <RequestCard key={request.codeId} request={request} />
      ))}
    </ul>
  );
}

function RequestCard({ request }: { request: DeviceRequest }) {
  const t = useT(accountStrings);
  const translated = useTranslated();
  const { route } = useLocation();
  const left = useCountdown(request.secondsLeft, request);
  const [busy, setBusy] = useState(false);
  const what = request.type ? translated(request.type.label) : request.name;
  return (
    <li class="request-card">
      <p class="request-card__title">{t('requestTitle')}</p>
      <p class="request-card__what">
        {t('requestFor', { type: what, procedure: translated(request.procedure.title) })}
      </p>
      <p class="request-card__time">{t('timeLeft', { time: minutesSeconds(left) })}</p>
      <button
        type="button"
        class="button button--primary button--large button--block"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          await openDeviceUpload(request.codeId);
          route('/app/add');
        }}
      >
        {t('openRequest')}
      </button>
    </li>
  );
}
