import { useRef } from 'preact/hooks';
import { DOCUMENT_NAME_MAX } from '../../../../shared/limits.js';
import type { DocumentType } from '../../../../shared/model.js';
import { useT, useTranslated } from '../../platform/i18n.js';
import { accountStrings } from './strings.js';

/** 'Add a supporting document' on the phone: the type from the list, an optional name, 'Continue'. */
export function AddDocumentForm({
  types,
  busy,
  onSubmit,
  onCancel,
}: {
  types: DocumentType[];
  busy: boolean;
  onSubmit(typeId: string, name?: string): void;
  onCancel(): void;
}) {
  const t = useT(accountStrings);
  const translated = useTranslated();
  const type = useRef<HTMLSelectElement>(null);
  const name = useRef<HTMLInputElement>(null);
  return (
    <form
      class="form add-on-phone"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(type.current!.value, name.current?.value.trim() || undefined);
      }}
    >
      <h3>{t('addSupportingDocument')}</h3>
      <label class="field">
        <span>{t('chooseType')}</span>
        <select ref={type} required>
          {types.map((candidate) => (
            <option key={candidate.typeId} value={candidate.typeId}>
              {translated(candidate.label)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('optionalName')}</span>
        <input ref={name} type="text" maxLength={DOCUMENT_NAME_MAX} autoComplete="off" />
      </label>
      <div class="phone__actions">
        <button type="submit" class="button button--primary button--large" disabled={busy}>
          {t('continue')}
        </button>
        <button type="button" class="button button--block" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
