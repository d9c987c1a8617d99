import type { Espace } from '../../../../shared/model.js';
import { useT } from '../../platform/i18n.js';
import { accountStrings } from './strings.js';

/** Shown only when the citizen acts in more than one eSpace (spec: "if you have more than one"). */
export function EspaceSwitcher({
  espaces,
  current,
  onChoose,
}: {
  espaces: Espace[];
  current: Espace;
  onChoose(espaceId: string): void;
}) {
  const t = useT(accountStrings);
  if (espaces.length < 2) return null;
  return (
    <label class="field espace-switcher">
      <span>{t('espace')}</span>
      <select value={current.espaceId} onChange={(event) => onChoose(event.currentTarget.value)}>
        {espaces.map((espace) => (
          <option key={espace.espaceId} value={espace.espaceId}>
            {espace.name}
          </option>
        ))}
      </select>
    </label>
  );
}
