import { useState } from 'preact/hooks';
import { ApiFailure } from '../platform/api.js';
import { type AnswerOf, api, ok } from '../platform/api-client.js';
import { useDates, useLanguage, useT } from '../platform/i18n.js';
import { LoadFailed } from '../platform/load-failed.js';
import { useAsync } from '../platform/use-async.js';
import './devices.css';
import { devicesStrings } from './strings.js';

type DeviceRow = AnswerOf<typeof api.devices.$get>['devices'][number];

/** 'My devices': every linked device with name, linked date and last activity, and 'Unlink'. */
export function MyDevicesPage() {
  const t = useT(devicesStrings);
  const { language } = useLanguage();
  const dates = useDates();
  const [state, reload] = useAsync((signal) => ok(api.devices.$get(undefined, { init: { signal } })), []);
  const [confirming, setConfirming] = useState<DeviceRow>();
  const [notice, setNotice] = useState<{ text: string; error: boolean }>();
  const [busy, setBusy] = useState(false);
  const unlink = async (device: DeviceRow) => {
    setBusy(true);
    try {
      await ok(api.devices[':deviceId'].$delete({ param: { deviceId: device.deviceId } }));
      setNotice({ text: t('unlinkedNamed', { name: device.name }), error: false });
      setConfirming(undefined);
      reload();
    } catch (error) {
      setNotice({
        text: error instanceof ApiFailure ? error.describe(language) : String(error),
        error: true,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="devices-title">
      <h1 id="devices-title">{t('myDevices')}</h1>
      <p>{t('intro')}</p>
      <div aria-live="polite">
        {notice && (
          <p
            class={`notice ${notice.error ? 'notice--error' : 'notice--success'}`}
            role={notice.error ? 'alert' : 'status'}
          >
            {notice.text}
          </p>
        )}
      </div>
      {state.status === 'loading' && <p class="page-loading">{t('loading')}</p>}
      {state.status === 'error' && (
        <LoadFailed error={state.error} retryLabel={t('retry')} onRetry={reload} />
      )}
      {state.status === 'ready' && state.value.devices.length === 0 && (
        <>
          <p>{t('none')}</p>
          <a class="button button--primary" href="/link">
            {t('linkYourDevice')}
          </a>
        </>
      )}
      {state.status === 'ready' && state.value.devices.length > 0 && (
        <table class="documents devices">
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('linkedOn')}</th>
              <th scope="col">{t('lastActivity')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('unlink')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {state.value.devices.map((device) => (
              <tr key={device.deviceId}>
                <th scope="row">
                  {device.name}
                  {device.browser !== device.name && <small>{device.browser}</small>}
                </th>
                <td>{dates.date(device.linkedAt)}</td>
                <td>{dates.dateTime(device.lastActiveAt)}</td>
                <td>
                  <span class={`badge ${device.status === 'active' ? 'badge--active' : 'badge--closed'}`}>
                    {t(device.status)}
                  </span>
                  {device.biometrics && <small>{t('biometrics')}</small>}
                </td>
                <td class="documents__actions">
                  {confirming?.deviceId === device.deviceId ? (
                    <div class="devices__confirm">
                      <p>{t('confirmText', { name: device.name })}</p>
                      <button
                        type="button"
                        class="button button--danger"
                        disabled={busy}
                        onClick={() => unlink(device)}
                      >
                        {t('confirmUnlink')}
                      </button>
                      <button
                        type="button"
                        class="button button--quiet"
                        onClick={() => setConfirming(undefined)}
                      >
                        {t('cancel')}
                      </button>
                    </div>
                  ) : (
                    <button
                      type="button"
                      class="button button--danger"
                      aria-label={t('unlinkNamed', { name: device.name })}
                      onClick={() => setConfirming(device)}
                    >
                      {t('unlink')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
