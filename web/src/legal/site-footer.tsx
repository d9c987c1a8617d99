import { useLanguage } from '../platform/i18n.js';
import { LEGAL_PAGES, legalTexts } from './texts.js';
import './legal.css';

/** On every page: legal notice, accessibility statement, privacy notice and contact. */
export function SiteFooter() {
  const { language } = useLanguage();
  const texts = legalTexts[language];
  return (
    <footer class="site-footer">
      <nav aria-label={texts.footerLabel}>
        <ul>
          {LEGAL_PAGES.map((page) => (
            <li key={page}>
              <a href={`/${page}`}>{texts[page].title}</a>
            </li>
          ))}
        </ul>
      </nav>
    </footer>
  );
}
