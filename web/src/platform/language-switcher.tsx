import { LANGUAGES, type Language, useLanguage } from './i18n.js';

const names: Record<Language, string> = { en: 'English', fr: 'Français', de: 'Deutsch' };

/** Each language is named in itself, so anyone can find their own. */
export function LanguageSwitcher({ label }: { label: string }) {
  const { language, setLanguage } = useLanguage();
  return (
    <label class="language-switcher">
      <span class="visually-hidden">{label}</span>
      <select value={language} onChange={(event) => setLanguage(event.currentTarget.value as Language)}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {names[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
