import { shortCodeGroups } from '../../../shared/short-code-format.js';
import './short-code.css';
import { useT } from '../platform/i18n.js';
import { typedCodeStrings } from '../scanner/typed-code-strings.js';

/**
 * The code to type beside a QR (SECURITY.md rows 51–53): two groups of four, large and spaced for
 * the eye; for a screen reader, one character at a time ("4, K, 7, M, 2, Q, X, D"), since read as a
 * word '4K7M' comes out as a number and a mumble.
 */
export function ShortCodeDisplay({ code }: { code: string }) {
  const t = useT(typedCodeStrings);
  const groups = shortCodeGroups(code);
  return (
    <div class="short-code">
      <p class="short-code__intro">{t('orType')}</p>
      <p class="short-code__value" data-code={code}>
        <span aria-hidden="true">
          <span>{groups[0]}</span> <span>{groups[1]}</span>
        </span>
        <span class="visually-hidden">{t('spelled', { characters: [...code].join(', ') })}</span>
      </p>
    </div>
  );
}
