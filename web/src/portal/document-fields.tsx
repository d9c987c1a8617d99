import { DOCUMENT_NAME_MAX } from '../../../shared/limits.js';
import type { Procedure } from '../../../shared/model.js';
import { useT, useTranslated } from '../platform/i18n.js';
import { dialogStrings } from './dialog-strings.js';
import type { DialogIntent } from './document-source.js';

/**
 * The fields both sources ask for: the type of supporting document (only for 'Add a supporting
 * document') and an optional name. Read back from the form as `typeId` and `name`.
 */
export function DocumentFields({
  procedure,
  intent,
  busy,
  idPrefix,
}: {
  procedure: Procedure;
  intent: DialogIntent;
  busy: boolean;
  idPrefix: string;
}) {
  const t = useT(dialogStrings);
  const translated = useTranslated();
  return (
    <>
      {intent.action === 'add' && (
        <label class="field">
          <span>{t('type')}</span>
          <select name="typeId" required disabled={busy}>
            <option value="">{t('chooseType')}</option>
            {procedure.documentTypes.map((type) => (
              <option key={type.typeId} value={type.typeId}>
                {translated(type.label)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label class="field">
        <span>{t('name')}</span>
        <input
          name="name"
          type="text"
          maxLength={DOCUMENT_NAME_MAX}
          autoComplete="off"
          disabled={busy}
          aria-describedby={`${idPrefix}-name-hint`}
        />
        <small id={`${idPrefix}-name-hint`}>{t('nameHint')}</small>
      </label>
    </>
  );
}
