import { type ComponentChildren, createContext } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';

export const LANGUAGES = ['en', 'fr', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each feature keeps its own strings: English is the source, French and German have the same keys. */
export type Strings<K extends string = string> = Record<Language, Record<K, string>>;

const STORAGE_KEY = 'passerelle.language';

/** The citizen's choice if they made one, else the browser's language, else English. */
export function initialLanguage(): Language {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (saved && (LANGUAGES as readonly string[]).includes(saved)) return saved as Language;
  for (const candidate of globalThis.navigator?.languages ?? []) {
    const base = candidate.slice(0, 2).toLowerCase();
    if ((LANGUAGES as readonly string[]).includes(base)) return base as Language;
  }
  return 'en';
}

interface LanguageContext {
  language: Language;
  setLanguage(language: Language): void;
}

const Context = createContext<LanguageContext>({ language: 'en', setLanguage: () => undefined });

export function LanguageProvider({ children }: { children: ComponentChildren }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);
  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export const useLanguage = () => useContext(Context);

export function format(template: string, params?: Record<string, string | number>) {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

/**
 * French typography, applied to every French string as it is shown, so no string file can forget
 * it: a narrow no-break space (U+202F) before ; ! ? and a no-break space (U+00A0) before : and
 * inside « », as the Imprimerie nationale's rules ask. Times (5:00) and addresses (https://) keep
 * their colon, since only a colon after a space is touched.
 */
export function frenchTypography(text: string) {
  return text
    .replace(/[ \u00a0\u202f]+([;!?])/g, '\u202f$1')
    .replace(/ +:(?=\s|$)/g, '\u00a0:')
    .replace(/« */g, '«\u00a0')
    .replace(/ *»/g, '\u00a0»');
}

/**
 * ICU's plural choice, the subset our strings need: `{count, plural, one {# page} other {# pages}}`
 * picks the form Intl.PluralRules gives for `count` in this language (French says "1 page" and
 * "0 page"), and `#` is the number. No "page(s)".
 */
function choosePlurals(language: Language, template: string, params?: Record<string, string | number>) {
  return template.replace(
    /\{(\w+), plural, ((?:[\w=]+ \{[^{}]*\} ?)+)\}/g,
    (match, name: string, body: string) => {
      if (!params || !(name in params)) return match;
      const count = Number(params[name]);
      const forms = Object.fromEntries(
        [...body.matchAll(/([\w=]+) \{([^{}]*)\}/g)].map((form) => [form[1], form[2]]),
      );
      const chosen =
        forms[`=${count}`] ??
        forms[new Intl.PluralRules(localeOf[language]).select(count)] ??
        forms.other ??
        '';
      return chosen.replace(/#/g, new Intl.NumberFormat(localeOf[language]).format(count));
    },
  );
}

/** The string as shown in `language`: plurals chosen, parameters filled in, French spacing added. */
export function localize(language: Language, template: string, params?: Record<string, string | number>) {
  const text = format(choosePlurals(language, template, params), params);
  return language === 'fr' ? frenchTypography(text) : text;
}

/** `t('key', { name })` in the current language. */
export function useT<K extends string>(strings: Strings<K>) {
  const { language } = useLanguage();
  return useCallback(
    (key: K, params?: Record<string, string | number>) =>
      localize(language, strings[language][key] ?? strings.en[key], params),
    [strings, language],
  );
}

/** A value stored in three languages (procedure titles, document types). */
export function useTranslated() {
  const { language } = useLanguage();
  return useCallback((value: Record<Language, string>) => value[language] ?? value.en, [language]);
}

const localeOf: Record<Language, string> = { en: 'en-GB', fr: 'fr-LU', de: 'de-LU' };

export function useDates() {
  const { language } = useLanguage();
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(localeOf[language], { dateStyle: 'medium' });
    const dateTime = new Intl.DateTimeFormat(localeOf[language], { dateStyle: 'medium', timeStyle: 'short' });
    return {
      date: (value: string | number) => date.format(new Date(value)),
      dateTime: (value: string | number) => dateTime.format(new Date(value)),
    };
  }, [language]);
}
