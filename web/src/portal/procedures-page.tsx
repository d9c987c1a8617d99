import { type AnswerOf, api, ok } from '../platform/api-client.js';
import { useDates, useT, useTranslated } from '../platform/i18n.js';
import { LoadFailed } from '../platform/load-failed.js';
import { useAsync } from '../platform/use-async.js';
import { useEspace } from './citizen.js';
import { portalStrings } from './strings.js';

type Summary = AnswerOf<(typeof api.espaces)[':espaceId']['procedures']['$get']>['procedures'][number];

/** 'My procedures': the active ones first, the closed ones apart. */
export function ProceduresPage() {
  const t = useT(portalStrings);
  const espaceId = useEspace();
  const [state, reload] = useAsync(
    (signal) =>
      // Without an eSpace (a citizen with none) the API refuses the path, as it always did.
      ok(
        api.espaces[':espaceId'].procedures.$get(
          { param: { espaceId: `${espaceId}` } },
          { init: { signal } },
        ),
      ),
    [espaceId],
  );
  return (
    <section aria-labelledby="procedures-title">
      <div class="tabs" role="presentation">
        <h1 id="procedures-title" class="tabs__tab tabs__tab--current">
          {t('myProcedures')}
        </h1>
      </div>
      {state.status === 'loading' && <p aria-live="polite">{t('loading')}</p>}
      {state.status === 'error' && (
        <LoadFailed error={state.error} retryLabel={t('retry')} onRetry={reload} />
      )}
      {state.status === 'ready' && <ProcedureLists procedures={state.value.procedures} />}
    </section>
  );
}

function ProcedureLists({ procedures }: { procedures: Summary[] }) {
  const t = useT(portalStrings);
  if (procedures.length === 0) return <p>{t('noProcedures')}</p>;
  const active = procedures.filter((procedure) => procedure.status === 'active');
  const closed = procedures.filter((procedure) => procedure.status === 'closed');
  return (
    <>
      <h2>{t('activeProcedures')}</h2>
      <ProcedureList procedures={active} />
      {closed.length > 0 && (
        <>
          <h2>{t('closedProcedures')}</h2>
          <ProcedureList procedures={closed} />
        </>
      )}
    </>
  );
}

function ProcedureList({ procedures }: { procedures: Summary[] }) {
  const t = useT(portalStrings);
  const translated = useTranslated();
  const dates = useDates();
  return (
    <ul class="procedure-list">
      {procedures.map((procedure) => (
        <li key={procedure.procedureId} class={`procedure-card procedure-card--${procedure.status}`}>
          <a href={`/procedures/${procedure.procedureId}`} class="procedure-card__title">
            {translated(procedure.title)}
          </a>
          <span class="procedure-card__meta">
            {t('reference')} {procedure.reference} · {t('openedOn', { date: dates.date(procedure.openedAt) })}
          </span>
          <span class={`badge badge--${procedure.status}`}>
            {procedure.status === 'active' ? t('statusActive') : t('statusClosed')}
          </span>
        </li>
      ))}
    </ul>
  );
}
