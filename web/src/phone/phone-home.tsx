import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { InProgressCard } from '../add-document/in-progress-card.js';
import { useT } from '../platform/i18n.js';
import { AccountHome } from './account/account-home.js';
import { unlockPath, useDevice } from './device.js';
import { PhoneLayout } from './phone-layout.js';
import { phoneStrings } from './strings.js';

/** The app's first screen: 'Link a device' and 'Add a document', or, once linked, the holder's home. */
export function PhoneHome() {
  const t = useT(phoneStrings);
  const device = useDevice();
  const { route, query } = useLocation();

  useEffect(() => {
    if (device.status === 'locked') route(unlockPath('/app'), true);
  }, [device.status, route]);

  if (device.status === 'unlocked') {
    return (
      <PhoneLayout>
        <AccountHome holderName={device.holderName} justLinked={query.linked === '1'} />
      </PhoneLayout>
    );
  }

  if (device.status !== 'unlinked') {
    return (
      <PhoneLayout>
        <p class="page-loading" role="status">
          {t('checking')}
        </p>
      </PhoneLayout>
    );
  }

  return (
    <PhoneLayout title={t('welcome')}>
      <InProgressCard />
      <p>{t('intro')}</p>
      <div class="phone__actions">
        <a class="button button--primary button--large" href="/app/link">
          {t('linkDevice')}
        </a>
        <a class="button button--large" href="/app/add">
          {t('addDocument')}
        </a>
      </div>
    </PhoneLayout>
  );
}
