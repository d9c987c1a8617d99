import { useEffect, useRef, useState } from 'preact/hooks';
import { browserName } from '../../../shared/browser-name.js';
import { DEVICE_NAME_MAX } from '../../../shared/limits.js';
import {
  lengthProblem,
  loadPasswordEstimator,
  PASSWORD_MIN,
  passwordVerdict,
  warningText,
} from '../../../shared/password-rules.js';
import { messageFor } from '../platform/errors.js';
import { useLanguage, useT } from '../platform/i18n.js';
import { linkStrings } from './strings.js';

export interface LinkChoices {
  password: string;
  deviceName: string;
}

/** The name the phone suggests for itself, 'Chrome on Android'; the citizen may change it. */
export const suggestedDeviceName = () => browserName(navigator.userAgent);

type Field = 'password' | 'repeat';

/**
 * The app password, twice, and the device name (DESIGN.md Flow 1 step 4). The server's own rule
 * (shared/password-rules.ts, zxcvbn-ts with English, French and German dictionaries)
 * gives the reason at once, on the field it concerns: `aria-invalid`, described by the message, and
 * focused. Both fields keep their text, so nobody types anything twice for nothing; pasting is allowed.
 */
export function LinkForm({
  busy,
  serverError,
  onSubmit,
  onCancel,
}: {
  busy: boolean;
  serverError?: string;
  onSubmit(choices: LinkChoices): void;
  onCancel(): void;
}) {
  const t = useT(linkStrings);
  const { language } = useLanguage();
  const [error, setError] = useState<{ field: Field; message: string }>();
  const [checking, setChecking] = useState(false);
  const [visible, setVisible] = useState(false);
  const passwordInput = useRef<HTMLInputElement>(null);
  const repeatInput = useRef<HTMLInputElement>(null);

  // The dictionaries (separate chunks, ≈ 1 MB gzip) load while the citizen thinks of a password.
  useEffect(() => {
    loadPasswordEstimator().catch(() => undefined);
  }, []);
  useEffect(() => {
    if (error) (error.field === 'password' ? passwordInput : repeatInput).current?.focus();
  }, [error]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const password = String(form.get('password') ?? '');
    const repeated = String(form.get('repeat') ?? '');
    const deviceName = String(form.get('deviceName') ?? '');
    const tooShortOrLong = lengthProblem(password);
    if (tooShortOrLong)
      return setError({ field: 'password', message: messageFor(tooShortOrLong, language)! });
    setChecking(true);
    try {
      const { problem, warning } = await passwordVerdict(password);
      if (problem) {
        const why = await warningText(warning, language);
        const message = messageFor(problem, language)!;
        return setError({ field: 'password', message: why ? `${message} ${why}` : message });
      }
    } catch {
      // The dictionaries could not load (offline): the server judges the password with the same rule.
    } finally {
      setChecking(false);
    }
    if (password !== repeated) return setError({ field: 'repeat', message: t('mismatch') });
    setError(undefined);
    onSubmit({ password, deviceName });
  };

  const describedBy = (field: Field, hint?: string) =>
    [error?.field === field ? `${field}-error` : undefined, hint].filter(Boolean).join(' ') || undefined;
  const fieldError = (field: Field) =>
    error?.field === field && (
      <p class="field__error" id={`${field}-error`}>
        {error.message}
      </p>
    );
  const disabled = busy || checking;
  // Preact's types tie each `type` to its own attributes; shown or hidden, the field is the same.
  const inputType = (visible ? 'text' : 'password') as 'password';

  return (
    <form class="form" onSubmit={submit} noValidate>
      <div aria-live="assertive">
        {serverError && (
          <p class="notice notice--error" role="alert" id="link-form-error">
            {serverError}
          </p>
        )}
      </div>
      {/* The hint sits outside the label, so the field's name is just its label. */}
      <div class="field">
        <span>
          <label for="link-password">{t('password')}</label>
        </span>
        {fieldError('password')}
        <input
          id="link-password"
          ref={passwordInput}
          name="password"
          type={inputType}
          autoComplete="new-password"
          autoCapitalize="off"
          spellcheck={false}
          required
          minLength={PASSWORD_MIN}
          aria-invalid={error?.field === 'password' ? 'true' : undefined}
          aria-describedby={describedBy('password', 'password-hint')}
          disabled={busy}
        />
        <small id="password-hint">{t('passwordHint')}</small>
      </div>
      <div class="field">
        <span>
          <label for="link-repeat">{t('repeatPassword')}</label>
        </span>
        {fieldError('repeat')}
        <input
          id="link-repeat"
          ref={repeatInput}
          name="repeat"
          type={inputType}
          autoComplete="new-password"
          autoCapitalize="off"
          spellcheck={false}
          required
          aria-invalid={error?.field === 'repeat' ? 'true' : undefined}
          aria-describedby={describedBy('repeat')}
          disabled={busy}
        />
      </div>
      <button
        type="button"
        class="button button--quiet link-form__show"
        aria-pressed={visible}
        onClick={() => setVisible((shown) => !shown)}
      >
        {t('showPasswords')}
      </button>
      <div class="field">
        <span>
          <label for="link-device-name">{t('deviceName')}</label>
        </span>
        <input
          id="link-device-name"
          name="deviceName"
          type="text"
          maxLength={DEVICE_NAME_MAX}
          required
          defaultValue={suggestedDeviceName()}
          aria-describedby="device-name-hint"
          disabled={busy}
        />
        <small id="device-name-hint">{t('deviceNameHint')}</small>
      </div>
      <div class="phone__actions">
        <button type="submit" class="button button--primary button--large" disabled={disabled}>
          {busy ? t('linking') : checking ? t('checkingPassword') : t('linkThisDevice')}
        </button>
        <button type="button" class="button button--large" onClick={onCancel} disabled={busy}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
