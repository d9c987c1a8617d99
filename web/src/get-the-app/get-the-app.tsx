import { useT } from '../platform/i18n.js';
import { QrImage } from '../qr/qr-image.js';
import { getAppStrings } from './strings.js';
import './get-the-app.css';

/** The app's address: the manifest's start_url on this site. */
export const appUrl = () => `${location.origin}/app`;

/**
 * How to get the app, for the computer (landing page, 'Link your device', 'My mobile app'): a QR code
 * to /app, the steps for Android's Chrome and the iPhone's Safari, and the icon to look for.
 * `headingLevel` fits the page it sits in.
 */
export function GetTheApp({
  headingLevel = 2,
  showTitle = true,
}: {
  headingLevel?: 2 | 3;
  showTitle?: boolean;
}) {
  const t = useT(getAppStrings);
  const Heading = `h${headingLevel}` as 'h2';
  // Without its own title, the section's sub-headings take its level.
  const Sub = `h${showTitle ? headingLevel + 1 : headingLevel}` as 'h3';
  const url = appUrl();
  return (
    <section class="get-app" aria-labelledby={showTitle ? 'get-app-title' : undefined}>
      {showTitle && <Heading id="get-app-title">{t('title')}</Heading>}
      <p>{t('notInStore')}</p>
      <div class="get-app__layout">
        <div class="get-app__qr">
          <QrImage value={url} label={t('qrLabel')} size={176} />
          <p class="get-app__url">{url}</p>
        </div>
        <div>
          <p>{t('scanOrOpen', { url })}</p>
          <Sub>{t('android')}</Sub>
          <ol>
            <li>{t('android1')}</li>
            <li>{t('android2')}</li>
          </ol>
          <Sub>{t('iphone')}</Sub>
          <ol>
            <li>{t('iphone1')}</li>
            <li>{t('iphone2')}</li>
            <li>{t('iphone3')}</li>
          </ol>
          <p class="get-app__icon">
            <img src="/icons/pwa-64x64.png" width={48} height={48} alt="" />
            <span>{t('iconCaption')}</span>
          </p>
        </div>
      </div>
      <p class="notice notice--info">{t('cameraTip')}</p>
    </section>
  );
}
