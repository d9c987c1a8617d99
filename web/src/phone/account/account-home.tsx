import { useState } from 'preact/hooks';
import { InProgressCard } from '../../add-document/in-progress-card.js';
import { useDates, useLanguage, useT } from '../../platform/i18n.js';
import { phoneStrings } from '../strings.js';
import type { Account } from './account-api.js';
import { EspaceSwitcher } from './espace-switcher.js';
import { NotificationsOffer } from './notifications.js';
import { ProcedureList } from './procedure-list.js';
import { RequestCards } from './request-cards.js';
import { accountStrings } from './strings.js';
import { type Loaded, useAccount, useChosenEspace, useProcedures } from './use-account.js';
import './account.css';

/**
 * A linked, unlocked phone's home is the account (docs/linked-account.md): requests from the computer
 * first, then the holder's procedures in the chosen eSpace, then the actions. Each part is its own
 * component so others (a document in progress, install hints) slot in between.
 */
export function AccountHome({
  holderName,
  justLinked,
  notifications = false,
}: {
  holderName: string;
  justLinked: boolean;
  notifications?: boolean;
}) {
  const t = useT(phoneStrings);
  const account = useAccount();
  const name = account.status === 'ready' ? account.value.name : holderName;
  return (
    <>
      <h1>{t('hello', { name })}</h1>
      {justLinked && (
        <p class="notice notice--success" role="status">
          {t('justLinked')}
        </p>
      )}
      <RequestCards />
      <InProgressCard />
      <HomeActions />
      <NotificationsOffer enabled={notifications} />
      <MyProcedures account={account} />
    </>
  );
}

function HomeActions() {
  const t = useT(phoneStrings);
  return (
    <div class="phone__actions">
      <a class="button button--primary button--large" href="/app/add/choose">
        {t('addDocument')}
      </a>
      <a class="button button--large" href="/app/settings">
        {t('settings')}
      </a>
    </div>
  );
}

function MyProcedures({ account }: { account: Loaded<Account> }) {
  const t = useT(accountStrings);
  const { language } = useLanguage();
  const { current, choose } = useChosenEspace(account.status === 'ready' ? account.value : undefined);
  const [refresh, setRefresh] = useState(0);
  const procedures = useProcedures(current?.espaceId, refresh);
  return (
    <section class="account" aria-labelledby="my-procedures">
      <h2 id="my-procedures">{t('myProcedures')}</h2>
      {account.status === 'ready' && current && (
        <EspaceSwitcher espaces={account.value.espaces} current={current} onChoose={choose} />
      )}
      {(account.status === 'loading' || (current && procedures.status === 'loading')) && (
        <p aria-live="polite">{t('loading')}</p>
      )}
      {[account, procedures].map((state) =>
        state.status === 'error' ? (
          <div class="notice notice--error" role="alert" key="error">
            <p>{state.error.status === 0 ? t('offlineNothing') : state.error.describe(language)}</p>
            <button type="button" class="button" onClick={() => setRefresh(refresh + 1)}>
              {t('retry')}
            </button>
          </div>
        ) : null,
      )}
      {procedures.status === 'ready' && (
        <>
          {procedures.asOf && <AsOf at={procedures.asOf} />}
          <ProcedureList procedures={procedures.value} headingLevel={3} />
        </>
      )}
    </section>
  );
}

export function AsOf({ at }: { at: number }) {
  const t = useT(accountStrings);
  const { dateTime } = useDates();
  return (
    <p class="notice notice--warning as-of" role="status">
      {t('asOf', { time: dateTime(at) })}
    </p>
  );
}
