import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { DEVICE_NAME_MAX } from '../../../shared/limits.js';
import { ApiFailure } from '../platform/api.js';
import { api, ok } from '../platform/api-client.js';
import { useLanguage, useT } from '../platform/i18n.js';
import { biometricsAvailable, turnOffBiometrics, turnOnBiometrics } from './biometrics.js';
import { deviceSessionEnded, forgetThisDevice, refreshDevice, unlockPath, useDevice } from './device.js';
import { PhoneLayout } from './phone-layout.js';
import { phoneStrings } from './strings.js';

/** Settings of a linked phone: its name, face or fingerprint unlock, and 'Unlink this device'. */
export function SettingsPage() {
  const t = useT(phoneStrings);
  const { language } = useLanguage();
  const device = useDevice();
  const { route } = useLocation();
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [canUseBiometrics, setCanUseBiometrics] = useState(true);

  useEffect(() => {
    if (device.status === 'locked') route(unlockPath('/app/settings'), true);
    if (device.status === 'unlinked') route('/app', true);
  }, [device.status, route]);
  useEffect(() => {
    biometricsAvailable().then(setCanUseBiometrics);
  }, []);

  if (device.status !== 'unlocked') {
    return (
      <PhoneLayout>
        <p class="page-loading" role="status">
          {t('checking')}
        </p>
      </PhoneLayout>
    );
  }

  const act = async (work: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    setMessage(undefined);
    try {
      await work();
      if (done) setMessage({ text: done, error: false });
    } catch (error) {
      if (error instanceof ApiFailure && error.status === 401) return deviceSessionEnded();
      const text = error instanceof ApiFailure ? error.describe(language) : '';
      if (text) setMessage({ text, error: true });
    } finally {
      setBusy(false);
    }
  };

  const rename = (event: Event) => {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget as HTMLFormElement).get('name') ?? '');
    act(async () => {
      await ok(api.device.name.$put({ json: { name } }));
      await refreshDevice();
    }, t('saved'));
  };

  const unlink = () =>
    act(async () => {
      await ok(api.device.unlink.$post());
      await forgetThisDevice();
      route('/app', true);
    });

  return (
    <PhoneLayout title={t('settings')}>
      <div aria-live="polite">
        {message && (
          <p
            class={`notice ${message.error ? 'notice--error' : 'notice--success'}`}
            role={message.error ? 'alert' : 'status'}
          >
            {message.text}
          </p>
        )}
      </div>
      <form class="form" onSubmit={rename}>
        <div class="field">
          <span>
            <label for="device-name">{t('deviceName')}</label>
          </span>
          <input
            id="device-name"
            key={device.deviceName}
            name="name"
            type="text"
            maxLength={DEVICE_NAME_MAX}
            required
            defaultValue={device.deviceName}
            aria-describedby="name-hint"
          />
          <small id="name-hint">{t('deviceNameHint')}</small>
        </div>
        <button type="submit" class="button" disabled={busy}>
          {t('save')}
        </button>
      </form>

      <section aria-labelledby="biometrics-title">
        <h2 id="biometrics-title">{t('biometricsTitle')}</h2>
        <p>
          {device.biometrics
            ? t('biometricsOn')
            : canUseBiometrics
              ? t('biometricsOff')
              : t('biometricsUnavailable')}
        </p>
        {(device.biometrics || canUseBiometrics) && (
          <button
            type="button"
            class="button button--block"
            disabled={busy}
            onClick={() =>
              act(async () => {
                await (device.biometrics ? turnOffBiometrics() : turnOnBiometrics());
                await refreshDevice();
              })
            }
          >
            {device.biometrics ? t('turnOff') : t('turnOn')}
          </button>
        )}
      </section>

      <section aria-labelledby="unlink-title">
        <h2 id="unlink-title">{t('unlinkTitle')}</h2>
        <p>{t('unlinkText')}</p>
        {confirming ? (
          <div class="phone__actions">
            <button
              type="button"
              class="button button--danger button--large"
              disabled={busy}
              onClick={unlink}
            >
              {t('confirmUnlink')}
            </button>
            <button type="button" class="button button--large" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        ) : (
          <button
            type="button"
            class="button button--danger button--block"
            onClick={() => setConfirming(true)}
          >
            {t('unlinkThisDevice')}
          </button>
        )}
      </section>
      <p>
        <a href="/app">{t('back')}</a>
      </p>
    </PhoneLayout>
  );
}
