import { useEffect, useState } from 'preact/hooks';
import { api, ok } from '../../platform/api-client.js';
import { useT } from '../../platform/i18n.js';
import { accountStrings } from './strings.js';

type State = 'hidden' | 'offer' | 'on' | 'busy' | 'failed';
type PushBody = Parameters<typeof api.device.push.$put>[0]['json'];

const supported = () => 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;

/**
 * Offers a notification when the computer sends a request — only where the browser supports Web
 * Push, the service has a VAPID key, and the citizen has not refused. Without it, requests simply
 * wait at the top of the home.
 */
export function NotificationsOffer({ enabled }: { enabled: boolean }) {
  const t = useT(accountStrings);
  const [state, setState] = useState<State>('hidden');
  const [publicKey, setPublicKey] = useState<string>();
  useEffect(() => {
    if (enabled || !supported() || Notification.permission === 'denied') return;
    (async () => {
      // Already subscribed on this phone: nothing to offer.
      const registration = await navigator.serviceWorker.getRegistration();
      if (await registration?.pushManager.getSubscription()) return;
      return ok(api.device.push.$get()).then((answer) => {
        if (!answer.publicKey) return;
        setPublicKey(answer.publicKey);
        setState('offer');
      });
    })().catch(() => undefined);
  }, [enabled]);

  const turnOn = async () => {
    setState('busy');
    try {
      if ((await Notification.requestPermission()) !== 'granted') return setState('hidden');
      const registration = await navigator.serviceWorker.ready;
      const subscription = await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: Uint8Array.from(atob(publicKey!.replace(/-/g, '+').replace(/_/g, '/')), (c) =>
          c.charCodeAt(0),
        ),
      });
      // A subscription's JSON always has its endpoint and keys (the DOM types leave them optional); the
      // API checks them anyway.
      const json = subscription.toJSON() as PushBody['subscription'];
      await ok(api.device.push.$put({ json: { subscription: json } }));
      setState('on');
    } catch {
      setState('failed');
    }
  };

  if (state === 'hidden') return null;
  if (state === 'on')
    return (
      <p class="notice notice--success" role="status">
        {t('notificationsOn')}
      </p>
    );
  return (
    <div class="notifications-offer">
      <p>{state === 'failed' ? t('notificationsFailed') : t('notificationsOffer')}</p>
      <button type="button" class="button" onClick={turnOn} disabled={state === 'busy'}>
        {t('notificationsTurnOn')}
      </button>
    </div>
  );
}
