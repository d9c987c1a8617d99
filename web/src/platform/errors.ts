import { errorWords } from './error-words.js';
import { frenchTypography, type Language } from './i18n.js';

export function messageFor(code: string, language: Language): string | undefined {
  const message = (errorWords as Record<string, Record<Language, string> | undefined>)[code]?.[language];
  return message && language === 'fr' ? frenchTypography(message) : message;
}
