import { useEffect } from 'preact/hooks';
import { localize, useDates, useLanguage, useT } from '../platform/i18n.js';
import { LanguageSwitcher } from '../platform/language-switcher.js';
import { portalStrings } from '../portal/strings.js';
import { operator } from './operator.js';
import { SiteFooter } from './site-footer.js';
import { legalTexts, type LegalPage as Page } from './texts.js';

/** A legal page, readable signed in or not, on the computer or the phone. */
export function LegalPage({ page }: { page: Page }) {
  const { language } = useLanguage();
  const t = useT(portalStrings);
  const dates = useDates();
  const texts = legalTexts[language];
  const text = texts[page];
  const params = {
    operator: operator.name[language],
    email: operator.email,
    accessibilityEmail: operator.accessibilityEmail,
    privacyEmail: operator.privacyEmail,
  };
  useEffect(() => {
    document.title = `${text.title} – ${t('brand')}`;
  }, [text.title, t]);
  return (
    <div class="legal">
      <a class="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header class="topbar">
        <a class="brand" href="/">
          {t('brand')}
        </a>
        <LanguageSwitcher label={t('language')} />
      </header>
      <main id="main" class="legal__main">
        <article class="card">
          <h1>{text.title}</h1>
          {text.sections.map((section) => (
            <section key={section.heading}>
              <h2>{section.heading}</h2>
              {section.paragraphs.map((paragraph) => (
                <p key={paragraph}>{withMailLinks(localize(language, paragraph, params))}</p>
              ))}
            </section>
          ))}
          <p class="legal__reviewed">
            {localize(language, texts.lastReviewed, { date: dates.date(operator.lastReviewed) })}
          </p>
        </article>
      </main>
      <SiteFooter />
    </div>
  );
}

/** Email addresses in the text become links. */
function withMailLinks(text: string) {
  return text.split(/(\S+@\S+\.[a-z]+)/).map((part, index) =>
    index % 2 === 1 ? (
      <a key={part} href={`mailto:${part}`}>
        {part}
      </a>
    ) : (
      part
    ),
  );
}
