import { useT } from '../platform/i18n.js';
import { PhoneLayout } from './phone-layout.js';
import { phoneStrings } from './strings.js';

/** The app's first screen. */
export function PhoneHome() {
  const t = useT(phoneStrings);
  return (
    <PhoneLayout title={t('welcome')}>
      <p>{t('intro')}</p>
    </PhoneLayout>
  );
}
