import { useEffect, useRef, useState } from 'preact/hooks';
import { normalizeShortCode } from '../../../shared/short-code-format.js';
import { ApiFailure } from '../platform/api.js';
import { api, ok } from '../platform/api-client.js';
import { useLanguage, useT } from '../platform/i18n.js';
import type { ScanPurpose } from './parse-scanned-code.js';
import { typedCodeStrings } from './typed-code-strings.js';

/**
 * 'Type the code instead': the 8 characters shown beside the QR on the computer, traded with the API
 * for the QR's own token, so the rest of the journey is the scanned one (docs/link-your-device.md,
 * "Typed codes"). Errors sit on the field itself (`aria-invalid`, described by the message) and the
 * focus goes back to it, so a screen reader user hears what to do and can type again at once.
 */
export function TypedCodeForm({
  purpose,
  onCode,
  onScan,
}: {
  purpose: ScanPurpose;
  onCode(token: string): void;
  onScan?: () => void;
}) {
  const t = useT(typedCodeStrings);
  const { language } = useLanguage();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (error) input.current?.focus();
  }, [error]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const typed = input.current?.value ?? '';
    if (!typed.trim()) return setError(t('empty'));
    const code = normalizeShortCode(typed);
    if (!code) return setError(t('malformed'));
    setError(undefined);
    setBusy(true);
    try {
      const { token } = await ok(api['short-codes'].redeem.$post({ json: { code, journey: purpose } }));
      onCode(token);
    } catch (failure) {
      setBusy(false);
      if (failure instanceof ApiFailure && failure.code === 'network_unreachable') setError(t('offline'));
      else setError(failure instanceof ApiFailure ? failure.describe(language) : String(failure));
    }
  };

  return (
    <section class="scanner" aria-labelledby="typed-code-heading">
      <h1 id="typed-code-heading" ref={heading} tabIndex={-1}>
        {t('typeTitle')}
      </h1>
      <form class="form" onSubmit={submit} noValidate>
        <div class="field">
          <span>
            <label for="typed-code">{t('codeLabel')}</label>
          </span>
          <input
            ref={input}
            id="typed-code"
            name="code"
            type="text"
            class="typed-code__input"
            autoComplete="off"
            autoCapitalize="characters"
            spellcheck={false}
            maxLength={16}
            disabled={busy}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'typed-code-error typed-code-hint' : 'typed-code-hint'}
          />
          {error && (
            <p class="field__error" id="typed-code-error" role="alert">
              {error}
            </p>
          )}
          <small id="typed-code-hint">{t(purpose === 'link' ? 'codeHintLink' : 'codeHintAdd')}</small>
        </div>
        <div class="phone__actions">
          <button type="submit" class="button button--primary button--large" disabled={busy}>
            {busy ? t('checking') : t('useCode')}
          </button>
          {onScan && (
            <button type="button" class="button button--large" onClick={onScan} disabled={busy}>
              {t('scanInstead')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
