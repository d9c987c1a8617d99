import { useLocation } from 'preact-iso';
import { useT } from '../platform/i18n.js';
import { forgetThisDevice } from './device.js';
import { unlockStrings } from './unlock-strings.js';

/**
 * 'Forgot your app password?' on the unlock screen. The password is never stored anywhere it could be
 * read back (only a hash on the server, DESIGN.md), so the way out is to link the phone again from the
 * computer: this says so, step by step, and takes the citizen to 'Link a device' after forgetting the
 * link kept on this phone (a locked phone has no device session to unlink itself with).
 */
export function ForgotPassword() {
  const t = useT(unlockStrings);
  const { route } = useLocation();
  return (
    <details class="forgot">
      <summary>{t('forgot')}</summary>
      <p>{t('forgotNobody')}</p>
      <p>{t('forgotSteps')}</p>
      <ol>
        <li>{t('forgotStep1')}</li>
        <li>{t('forgotStep2')}</li>
        <li>{t('forgotStep3')}</li>
      </ol>
      <p class="notice notice--info">{t('forgotOldLink')}</p>
      <button
        type="button"
        class="button button--large button--block"
        onClick={async () => {
          await forgetThisDevice();
          route('/app/link');
        }}
      >
        {t('linkAgain')}
      </button>
    </details>
  );
}
