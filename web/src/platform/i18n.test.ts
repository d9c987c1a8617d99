import { describe, expect, it } from 'vitest';
import { frenchTypography, localize } from './i18n.js';

describe('strings as shown', () => {
  it('choose plurals with Intl.PluralRules, never "page(s)"', () => {
    const template = '{count, plural, one {Your page} other {Your # pages}} will be sent.';
    expect(localize('en', template, { count: 1 })).toBe('Your page will be sent.');
    expect(localize('en', template, { count: 3 })).toBe('Your 3 pages will be sent.');
    const fr = '{count, plural, one {# page prise} other {# pages prises}}';
    // French counts 0 as singular, unlike English.
    expect(localize('fr', fr, { count: 0 })).toBe('0 page prise');
    expect(localize('fr', fr, { count: 2 })).toBe('2 pages prises');
    expect(localize('de', '{n, plural, one {# Seite} other {# Seiten}}', { n: 1200 })).toBe('1.200 Seiten');
  });

  it('space French punctuation with (narrow) no-break spaces, leaving times and addresses alone', () => {
    expect(frenchTypography('Trop court : utilisez 8 caractères ! Vraiment ? « Oui »')).toBe(
      'Trop court\u00a0: utilisez 8 caractères\u202f! Vraiment\u202f? «\u00a0Oui\u00a0»',
    );
    expect(frenchTypography('Expire dans 4:59, voir https://example.lu')).toBe(
      'Expire dans 4:59, voir https://example.lu',
    );
    expect(localize('en', 'Why: because !')).toBe('Why: because !');
  });
});
