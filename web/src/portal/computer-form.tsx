import { useRef, useState } from 'preact/hooks';
import { ApiFailure } from '../platform/api.js';
import { useLanguage, useT } from '../platform/i18n.js';
import { ACCEPTED_TYPES, problemWith, uploadFromComputer } from './computer-upload.js';
import { dialogStrings } from './dialog-strings.js';
import { DocumentFields } from './document-fields.js';
import type { SourceProps } from './document-source.js';

type Progress =
  | { step: 'idle' }
  | { step: 'sending'; percent: number }
  | { step: 'checking' }
  | { step: 'error'; message: string };

/** 'My computer': type (for 'Add'), optional name, the file, then a progress bar. */
export function ComputerForm({ procedure, intent, onFiled, onBack }: SourceProps) {
  const t = useT(dialogStrings);
  const { language } = useLanguage();
  const [progress, setProgress] = useState<Progress>({ step: 'idle' });
  const fileInput = useRef<HTMLInputElement>(null);
  const busy = progress.step === 'sending' || progress.step === 'checking';

  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const file = fileInput.current?.files?.[0];
    const typeId = intent.action === 'add' ? String(form.get('typeId') ?? '') : undefined;
    if (intent.action === 'add' && !typeId) return setProgress({ step: 'error', message: t('typeRequired') });
    if (!file) return setProgress({ step: 'error', message: t('fileRequired') });
    const problem = problemWith(file);
    if (problem) return setProgress({ step: 'error', message: problem.describe(language) });
    setProgress({ step: 'sending', percent: 0 });
    try {
      const document = await uploadFromComputer(
        procedure.procedureId,
        {
          action: intent.action,
          ...(intent.action === 'add' ? { typeId } : {}),
          ...(intent.action === 'attach' ? { typeId: intent.typeId } : {}),
          ...(intent.action === 'replace' ? { documentId: intent.document.documentId } : {}),
          name: String(form.get('name') ?? '') || undefined,
        },
        file,
        (fraction) =>
          setProgress(
            fraction >= 1 ? { step: 'checking' } : { step: 'sending', percent: Math.round(fraction * 100) },
          ),
      );
      onFiled(document);
    } catch (error) {
      const message = error instanceof ApiFailure ? error.describe(language) : String(error);
      setProgress({ step: 'error', message });
    }
  };

  return (
    <form class="form" onSubmit={submit} noValidate>
      <DocumentFields procedure={procedure} intent={intent} busy={busy} idPrefix="computer" />
      <label class="field">
        <span>{t('file')}</span>
        <input
          ref={fileInput}
          name="file"
          type="file"
          accept={ACCEPTED_TYPES.join(',')}
          required
          disabled={busy}
          aria-describedby="file-hint"
        />
        <small id="file-hint">{t('fileHint')}</small>
      </label>
      {progress.step === 'sending' && (
        <div class="progress" role="status">
          <progress
            max={100}
            value={progress.percent}
            aria-label={t('sending', { percent: progress.percent })}
          />
          <span>{t('sending', { percent: progress.percent })}</span>
        </div>
      )}
      {progress.step === 'checking' && (
        <p class="progress" role="status">
          {t('checking')}
        </p>
      )}
      {progress.step === 'error' && (
        <p class="notice notice--error" role="alert">
          {progress.message}
        </p>
      )}
      <div class="form__actions">
        <button type="button" class="button button--quiet" onClick={onBack} disabled={busy}>
          {t('cancel')}
        </button>
        <button type="submit" class="button button--primary" disabled={busy}>
          {t('send')}
        </button>
      </div>
    </form>
  );
}
