import type { Language } from '../platform/i18n.js';
import { legalDe } from './texts-de.js';
import { legalEn } from './texts-en.js';
import { legalFr } from './texts-fr.js';

export const LEGAL_PAGES = ['legal-notice', 'accessibility', 'privacy', 'contact'] as const;
export type LegalPage = (typeof LEGAL_PAGES)[number];

export interface LegalSection {
  heading: string;
  paragraphs: string[];
}
export interface LegalText {
  title: string;
  sections: LegalSection[];
}

/** `{email}`, `{accessibilityEmail}`, `{privacyEmail}`, `{operator}` and `{date}` are filled in from operator.ts. */
export type LegalTexts = Record<LegalPage, LegalText> & { footerLabel: string; lastReviewed: string };

export const legalTexts: Record<Language, LegalTexts> = { en: legalEn, fr: legalFr, de: legalDe };
