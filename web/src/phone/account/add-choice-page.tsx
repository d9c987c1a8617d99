import { useT } from '../../platform/i18n.js';
import { PhoneLayout } from '../phone-layout.js';
import { AsOf } from './account-home.js';
import { ProcedureList } from './procedure-list.js';
import { accountStrings } from './strings.js';
import { useAccount, useChosenEspace, useProcedures } from './use-account.js';
import './account.css';

/**
 * 'Add a document' on a linked phone: scan the computer's QR (today's flow, unchanged) or choose one
 * of the active procedures right here (/app/add/choose).
 */
export function AddChoicePage() {
  const t = useT(accountStrings);
  const account = useAccount();
  const { current } = useChosenEspace(account.status === 'ready' ? account.value : undefined);
  const procedures = useProcedures(current?.espaceId);
  return (
    <PhoneLayout title={t('chooseTitle')}>
      <div class="phone__actions">
        <a class="button button--primary button--large" href="/app/add" aria-describedby="choose-scan-hint">
          {t('chooseScan')}
        </a>
        <p id="choose-scan-hint" class="hint">
          {t('chooseScanHint')}
        </p>
      </div>
      <section aria-labelledby="choose-procedure">
        <h2 id="choose-procedure">{t('chooseProcedure')}</h2>
        {current && account.status === 'ready' && account.value.espaces.length > 1 && (
          <p class="hint">
            {t('espace')}: {current.name}
          </p>
        )}
        {procedures.status === 'loading' && <p aria-live="polite">{t('loading')}</p>}
        {procedures.status === 'ready' && (
          <>
            {procedures.asOf && <AsOf at={procedures.asOf} />}
            <ProcedureList procedures={procedures.value} activeOnly headingLevel={3} />
          </>
        )}
      </section>
      <p>
        <a href="/app">{t('backHome')}</a>
      </p>
    </PhoneLayout>
  );
}
