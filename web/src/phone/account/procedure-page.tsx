import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { ApiFailure } from '../../platform/api.js';
import { useDates, useLanguage, useT, useTranslated } from '../../platform/i18n.js';
import { LoadFailed } from '../../platform/load-failed.js';
import { useAsync } from '../../platform/use-async.js';
import { PhoneLayout } from '../phone-layout.js';
import {
  accountApi,
  type DocumentView,
  fileAddress,
  type ProcedureDetail,
  type UploadStart,
} from './account-api.js';
import { AddDocumentForm } from './add-document-form.js';
import { startOnPhone } from './start-upload.js';
import { accountStrings } from './strings.js';
import './account.css';

/**
 * A procedure on the phone (/app/procedures/:id): its supporting documents, a download for each filed
 * one, and 'Add a supporting document' / 'Attach' / 'Replace' leading straight to 'Take a picture' /
 * 'Select a file' — the same capture, PDF and upload as after a QR, with no computer.
 */
export function ProcedurePage() {
  const t = useT(accountStrings);
  const translated = useTranslated();
  const { language } = useLanguage();
  const { params } = useRoute();
  const { route } = useLocation();
  const [state, reload] = useAsync(
    (signal) => accountApi.procedure(params.procedureId!, signal),
    [params.procedureId],
  );
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const start = async (body: UploadStart) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await startOnPhone(params.procedureId!, body);
      route('/app/add');
    } catch (error) {
      setProblem(error instanceof ApiFailure ? error.describe(language) : String(error));
      setBusy(false);
    }
  };

  const title = state.status === 'ready' ? translated(state.value.procedure.title) : undefined;
  return (
    <PhoneLayout title={title}>
      <p>
        <a href="/app">{t('backHome')}</a>
      </p>
      {state.status === 'loading' && <p aria-live="polite">{t('loading')}</p>}
      {state.status === 'error' && (
        <LoadFailed error={state.error} retryLabel={t('retry')} onRetry={reload} />
      )}
      {problem && (
        <p class="notice notice--error" role="alert">
          {problem}
        </p>
      )}
      {state.status === 'ready' && <Procedure detail={state.value} busy={busy} onStart={start} />}
    </PhoneLayout>
  );
}

function Procedure({
  detail,
  busy,
  onStart,
}: {
  detail: ProcedureDetail;
  busy: boolean;
  onStart(body: UploadStart): void;
}) {
  const t = useT(accountStrings);
  const translated = useTranslated();
  const { procedure, documents, missing } = detail;
  const active = procedure.status === 'active';
  const [adding, setAdding] = useState(false);
  const typeLabel = (typeId: string) => {
    const type = procedure.documentTypes.find((candidate) => candidate.typeId === typeId);
    return type ? translated(type.label) : typeId;
  };
  const current = documents.filter((document) => document.status === 'filed');
  const earlier = documents.filter((document) => document.status === 'replaced');
  return (
    <>
      <p class="procedure__reference">{t('reference', { reference: procedure.reference })}</p>
      {!active && <p class="notice notice--info">{t('closedNotice')}</p>}
      <h2>{t('documents')}</h2>
      {active && missing.length > 0 && (
        <ul class="document-cards">
          {missing.map((typeId) => (
            <li class="document-card document-card--missing" key={typeId}>
              <span class="document-card__type">{typeLabel(typeId)}</span>
              <span class="document-card__status">{t('missing')}</span>
              <button
                type="button"
                class="button button--primary"
                disabled={busy}
                onClick={() => onStart({ action: 'attach', typeId })}
                aria-label={`${t('attach')}: ${typeLabel(typeId)}`}
              >
                {t('attach')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {current.length === 0 && missing.length === 0 && <p>{t('noDocuments')}</p>}
      <ul class="document-cards">
        {[...current, ...earlier].map((document) => (
          <DocumentCard
            key={document.documentId}
            document={document}
            typeLabel={typeLabel(document.typeId)}
            canReplace={active && document.status === 'filed'}
            busy={busy}
            onReplace={() => onStart({ action: 'replace', documentId: document.documentId })}
          />
        ))}
      </ul>
      {documents.length > 0 && <p class="hint">{t('downloadWhy')}</p>}
      {active &&
        (adding ? (
          <AddDocumentForm
            types={procedure.documentTypes}
            busy={busy}
            onCancel={() => setAdding(false)}
            onSubmit={(typeId, name) => onStart({ action: 'add', typeId, name })}
          />
        ) : (
          <div class="phone__actions">
            <button type="button" class="button button--large" onClick={() => setAdding(true)}>
              {t('addSupportingDocument')}
            </button>
          </div>
        ))}
    </>
  );
}

function DocumentCard({
  document,
  typeLabel,
  canReplace,
  busy,
  onReplace,
}: {
  document: DocumentView;
  typeLabel: string;
  canReplace: boolean;
  busy: boolean;
  onReplace(): void;
}) {
  const t = useT(accountStrings);
  const { date } = useDates();
  return (
    <li class={`document-card ${document.status === 'replaced' ? 'document-card--replaced' : ''}`}>
      <span class="document-card__type">{typeLabel}</span>
      <span class="document-card__name">{document.name}</span>
      <span class="document-card__status">
        {document.status === 'filed' ? t('filed') : t('replaced')} ·{' '}
        <time dateTime={document.filedAt}>{date(document.filedAt)}</time>
        {document.source === 'phone' && document.deviceName && (
          <> · {t('fromDevice', { device: document.deviceName })}</>
        )}
      </span>
      <span class="document-card__actions">
        <a
          class="button"
          href={fileAddress(document.procedureId, document.documentId)}
          download
          aria-label={`${t('download')}: ${document.name}`}
        >
          {t('download')}
        </a>
        {canReplace && (
          <button
            type="button"
            class="button"
            disabled={busy}
            onClick={onReplace}
            aria-label={`${t('replace')}: ${document.name}`}
          >
            {t('replace')}
          </button>
        )}
      </span>
    </li>
  );
}
