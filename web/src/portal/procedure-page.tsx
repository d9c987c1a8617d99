import { useEffect, useState } from 'preact/hooks';
import type { DocumentType, Procedure } from '../../../shared/model.js';
import { api, ok } from '../platform/api-client.js';
import { useDates, useLanguage, useT, useTranslated } from '../platform/i18n.js';
import { useAsync } from '../platform/use-async.js';
import { DocumentDialog } from './document-dialog.js';
import type { DialogIntent, DocumentView } from './document-source.js';
import { portalStrings } from './strings.js';

/** A procedure and its supporting documents: download, 'Attach', 'Replace', 'Add a supporting document'. */
export function ProcedurePage({ procedureId }: { procedureId: string }) {
  const t = useT(portalStrings);
  const translated = useTranslated();
  const { language } = useLanguage();
  const [state, reload] = useAsync(
    (signal) => ok(api.procedures[':procedureId'].$get({ param: { procedureId } }, { init: { signal } })),
    [procedureId],
  );
  const [intent, setIntent] = useState<DialogIntent>();
  const [announcement, setAnnouncement] = useState('');

  // Documents also arrive from the citizen's linked phone with no dialog open here: the list follows
  // them every few seconds while the tab is visible (docs/linked-account.md).
  useEffect(() => {
    const timer = setInterval(() => {
      if (!document.hidden) reload();
    }, 4000);
    return () => clearInterval(timer);
  }, [reload]);

  if (state.status === 'loading') return <p aria-live="polite">{t('loading')}</p>;
  if (state.status === 'error') {
    return (
      <div class="notice notice--error" role="alert">
        <p>{state.error.describe(language)}</p>
        <a href="/procedures">{t('back')}</a>
      </div>
    );
  }
  const { procedure, documents } = state.value;
  const active = procedure.status === 'active';
  return (
    <article aria-labelledby="procedure-title">
      <a href="/procedures" class="back-link">
        {t('back')}
      </a>
      <header class="procedure-header">
        <h1 id="procedure-title">{translated(procedure.title)}</h1>
        <p class="procedure-header__meta">
          {t('reference')} {procedure.reference}{' '}
          <span class={`badge badge--${procedure.status}`}>
            {active ? t('statusActive') : t('statusClosed')}
          </span>
        </p>
      </header>
      {!active && <p class="notice notice--info">{t('closedNotice')}</p>}
      <div class="section-header">
        <h2>{t('supportingDocuments')}</h2>
        {active && (
          <button type="button" class="button button--primary" onClick={() => setIntent({ action: 'add' })}>
            {t('addSupportingDocument')}
          </button>
        )}
      </div>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
      <DocumentTable procedure={procedure} documents={documents} onIntent={active ? setIntent : undefined} />
      {intent && (
        <DocumentDialog
          procedure={procedure}
          intent={intent}
          onClose={() => setIntent(undefined)}
          onFiled={(document) => {
            setIntent(undefined);
            setAnnouncement(`${document.name}: ${t('filed')}`);
            reload();
          }}
          onAdded={(document) => {
            setAnnouncement(`${document.name}: ${t('filed')}`);
            reload();
          }}
        />
      )}
    </article>
  );
}

function DocumentTable({
  procedure,
  documents,
  onIntent,
}: {
  procedure: Procedure;
  documents: DocumentView[];
  onIntent?: (intent: DialogIntent) => void;
}) {
  const t = useT(portalStrings);
  const filed = documents.filter((document) => document.status === 'filed');
  const replaced = documents.filter((document) => document.status === 'replaced');
  const typeOf = (typeId: string) => procedure.documentTypes.find((type) => type.typeId === typeId);
  const missing = procedure.documentTypes.filter(
    (type) => type.required && !filed.some((document) => document.typeId === type.typeId),
  );
  return (
    <>
      <table class="documents">
        <thead>
          <tr>
            <th scope="col">{t('documentType')}</th>
            <th scope="col">{t('documentName')}</th>
            <th scope="col">{t('documentStatus')}</th>
            <th scope="col">{t('documentDate')}</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {missing.map((type) => (
            <tr key={type.typeId} class="documents__missing">
              <TypeCell type={type} />
              <td>—</td>
              <td>
                <span class="badge badge--missing">{t('missing')}</span>
              </td>
              <td>—</td>
              <td class="documents__actions">
                {onIntent && (
                  <button
                    type="button"
                    class="button"
                    onClick={() => onIntent({ action: 'attach', typeId: type.typeId })}
                  >
                    {t('attach')}
                  </button>
                )}
              </td>
            </tr>
          ))}
          {filed.map((document) => (
            <DocumentRow
              key={document.documentId}
              document={document}
              type={typeOf(document.typeId)}
              onIntent={onIntent}
            />
          ))}
        </tbody>
      </table>
      {replaced.length > 0 && (
        <details class="history">
          <summary>{t('history')}</summary>
          <table class="documents">
            <tbody>
              {replaced.map((document) => (
                <DocumentRow key={document.documentId} document={document} type={typeOf(document.typeId)} />
              ))}
            </tbody>
          </table>
        </details>
      )}
    </>
  );
}

function TypeCell({ type }: { type?: DocumentType }) {
  const t = useT(portalStrings);
  const translated = useTranslated();
  if (!type) return <td>—</td>;
  return (
    <td>
      {translated(type.label)}
      <small class="documents__requirement">{type.required ? t('required') : t('optional')}</small>
    </td>
  );
}

function DocumentRow({
  document,
  type,
  onIntent,
}: {
  document: DocumentView;
  type?: DocumentType;
  onIntent?: (intent: DialogIntent) => void;
}) {
  const t = useT(portalStrings);
  const dates = useDates();
  const href = `/api/procedures/${document.procedureId}/documents/${document.documentId}/file`;
  return (
    <tr>
      <TypeCell type={type} />
      <td>
        {document.name}
        {document.pages ? (
          <small class="documents__pages">{t('pages', { count: document.pages })}</small>
        ) : null}
      </td>
      <td>
        <span class={`badge badge--${document.status}`}>
          {document.status === 'filed' ? t('filed') : t('replaced')}
        </span>
        {document.source === 'phone' && <small class="documents__source">{t('fromPhone')}</small>}
      </td>
      <td>{dates.dateTime(document.filedAt)}</td>
      <td>
        <div class="documents__actions">
          <a class="button button--quiet" href={href} download>
            {t('download')}
            <span class="visually-hidden"> {document.name}</span>
          </a>
          {onIntent && document.status === 'filed' && (
            <button type="button" class="button" onClick={() => onIntent({ action: 'replace', document })}>
              {t('replace')}
              <span class="visually-hidden"> {document.name}</span>
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}
