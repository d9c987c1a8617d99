const browsers: [RegExp, string][] = [
  [/EdgA?\//, 'Edge'],
  [/SamsungBrowser\//, 'Samsung Internet'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/OPR\//, 'Opera'],
  [/Chrome\/|CriOS\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];

const systems: [RegExp, string][] = [
  [/Android/, 'Android'],
  [/iPhone/, 'iPhone'],
  [/iPad/, 'iPad'],
  [/Windows/, 'Windows'],
  [/CrOS/, 'ChromeOS'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Linux/, 'Linux'],
];

/**
 * 'Chrome on Android' from a User-Agent: the browser named in the confirmation email, and the
 * device name the phone suggests. A hint for people, never used for a security decision.
 */
export function browserName(userAgent: string | undefined): string {
  const ua = userAgent ?? '';
  const browser = browsers.find(([pattern]) => pattern.test(ua))?.[1];
  const system = systems.find(([pattern]) => pattern.test(ua))?.[1];
  if (browser && system) return `${browser} on ${system}`;
  return browser ?? system ?? 'Unknown browser';
}

const joiners = { en: ' on ', fr: ' sur ', de: ' auf ' } as const;
const unknown = { en: 'Unknown browser', fr: 'Navigateur inconnu', de: 'Unbekannter Browser' } as const;

/**
 * The stored English name ('Chrome on Android') as the email's language says it ('Chrome sur
 * Android', 'Chrome auf Android'): product names stay, only the words between them change.
 */
export function localizedBrowserName(name: string, language: keyof typeof joiners): string {
  if (name === unknown.en) return unknown[language];
  return name.replace(joiners.en, joiners[language]);
}
