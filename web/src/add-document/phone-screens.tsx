import type { ComponentChildren } from 'preact';
import { isoDuration, minutesSeconds, useCountdown } from '../platform/countdown.js';
import { FocusedHeading } from '../platform/focused-heading.js';
import { useT, useTranslated } from '../platform/i18n.js';
import type { CodeSummary, FiledDocument } from './code-api.js';
import { addStrings } from './strings.js';

/** A screen of the flow: its heading takes the focus, so a screen reader announces each step. */
export function Screen({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="add-document" aria-labelledby="add-document-heading">
      <FocusedHeading key={title} id="add-document-heading">
        {title}
      </FocusedHeading>
      {children}
    </section>
  );
}

export function Problem({ message }: { message?: string }) {
  return message ? (
    <p class="notice notice--error" role="alert">
      {message}
    </p>
  ) : null;
}

/** What the scanned code is for, before the phone claims it (DESIGN.md, Flow 2 step 2). */
export function CodeSummaryList({ summary }: { summary: CodeSummary }) {
  const t = useT(addStrings);
  const translated = useTranslated();
  const left = useCountdown(summary.secondsLeft, summary);
  return (
    <dl class="code-summary">
      <dt>{t('summaryProcedure')}</dt>
      <dd>
        {translated(summary.procedure.title)}{' '}
        <span class="code-summary__muted">{summary.procedure.reference}</span>
      </dd>
      {summary.type && (
        <>
          <dt>{t('summaryType')}</dt>
          <dd>
            {translated(summary.type.label)}
            {summary.action === 'replace' && <span class="code-summary__muted"> — {t('replaces')}</span>}
          </dd>
        </>
      )}
      <dt>{t('summaryName')}</dt>
      <dd>{summary.name}</dd>
      <dt>{t('summaryOwner')}</dt>
      <dd>{summary.owner}</dd>
      <dt>{t('summaryTimeLeft')}</dt>
      <dd>
        <time dateTime={isoDuration(left)}>{minutesSeconds(left)}</time>
      </dd>
    </dl>
  );
}

export function Actions({ children }: { children: ComponentChildren }) {
  return <div class="phone__actions">{children}</div>;
}

/** 'Select a file': one input for a PDF or several pictures, behind a large button-like label. */
export function SelectFile({
  onFiles,
  label,
  quiet,
}: {
  onFiles(files: File[]): void;
  label?: string;
  quiet?: boolean;
}) {
  const t = useT(addStrings);
  return (
    <>
      <label class={`button button--block file-button ${quiet ? '' : 'button--primary button--large'}`}>
        {label ?? t('selectFile')}
        <input
          class="visually-hidden"
          type="file"
          accept="application/pdf,.pdf,image/jpeg,image/png,image/heic,image/heif,.heic,.heif"
          multiple
          aria-describedby="select-file-hint"
          onChange={(event) => {
            const input = event.currentTarget;
            const files = [...(input.files ?? [])];
            input.value = '';
            onFiles(files);
          }}
        />
      </label>
      <p id="select-file-hint" class="hint">
        {t('selectFileHint')}
      </p>
    </>
  );
}

export function Progress({ percent, label }: { percent: number; label: string }) {
  return (
    <div class="progress" role="status">
      <progress max={100} value={percent} aria-label={label} />
      <span>{label}</span>
    </div>
  );
}

export function DoneText({ summary, document }: { summary: CodeSummary; document: FiledDocument }) {
  const t = useT(addStrings);
  const translated = useTranslated();
  return (
    <p class="notice notice--success" role="status">
      {t('doneText', { name: document.name, procedure: translated(summary.procedure.title) })}
    </p>
  );
}
