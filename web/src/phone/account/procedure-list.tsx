import { useDates, useT, useTranslated } from '../../platform/i18n.js';
import type { ProcedureSummary } from './account-api.js';
import { accountStrings } from './strings.js';

/** 'My procedures' on the phone: active first, closed apart, each with what it still needs. */
export function ProcedureList({
  procedures,
  activeOnly,
  headingLevel = 2,
}: {
  procedures: ProcedureSummary[];
  activeOnly?: boolean;
  headingLevel?: 2 | 3;
}) {
  const t = useT(accountStrings);
  const active = procedures.filter((procedure) => procedure.status === 'active');
  const closed = activeOnly ? [] : procedures.filter((procedure) => procedure.status === 'closed');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (procedures.length === 0) return <p>{t('noProcedures')}</p>;
  return (
    <>
      <Heading class="account__group">{t('active')}</Heading>
      <ul class="procedure-cards">
        {active.map((procedure) => (
          <ProcedureCard key={procedure.procedureId} procedure={procedure} />
        ))}
      </ul>
      {closed.length > 0 && (
        <>
          <Heading class="account__group">{t('closed')}</Heading>
          <ul class="procedure-cards procedure-cards--closed">
            {closed.map((procedure) => (
              <ProcedureCard key={procedure.procedureId} procedure={procedure} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function ProcedureCard({ procedure }: { procedure: ProcedureSummary }) {
  const t = useT(accountStrings);
  const translated = useTranslated();
  const { date } = useDates();
  const needs =
    procedure.status === 'closed'
      ? t('closed')
      : procedure.missing === 0
        ? t('complete')
        : procedure.missing === 1
          ? t('missingOne')
          : t('missingMany', { count: procedure.missing });
  return (
    <li class="procedure-card">
      <a href={`/app/procedures/${procedure.procedureId}`} class="procedure-card__link">
        <span class="procedure-card__title">{translated(procedure.title)}</span>
        <span class="procedure-card__meta">
          {procedure.reference} · <time dateTime={procedure.openedAt}>{date(procedure.openedAt)}</time>
        </span>
        <span
          class={`procedure-card__needs ${procedure.status === 'active' && procedure.missing > 0 ? 'procedure-card__needs--missing' : ''}`}
        >
          {needs}
        </span>
      </a>
    </li>
  );
}
