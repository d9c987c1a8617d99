import { useState } from 'preact/hooks';
import { passwordProblem } from '../../../functions/src/devices/password-rules.js';
import { browserName } from '../../../functions/src/link/browser-name.js';
import { messageFor } from '../platform/errors.js';
import { useLanguage, useT } from '../platform/i18n.js';
import { linkStrings } from './strings.js';

export interface LinkChoices {
  password: string;
  deviceName: string;
}

/** The name the phone suggests for itself, 'Chrome on Android'; the citizen may change it. */
export const suggestedDeviceName = () => browserName(navigator.userAgent);

/**
 * The app password, twice, and the device name (DESIGN.md Flow 1 step 4). The same rules as the
 * server's (functions/src/devices/password-rules.ts) give the reason at once; pasting is allowed.
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
  const [problem, setProblem] = useState<string>();

  const submit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const password = String(form.get('password') ?? '');
    const repeated = String(form.get('repeat') ?? '');
    const deviceName = String(form.get('deviceName') ?? '');
    const weakness = passwordProblem(password);
    if (weakness) return setProblem(messageFor(weakness, language));
    if (password !== repeated) return setProblem(t('mismatch'));
    setProblem(undefined);
    onSubmit({ password, deviceName });
  };

  const error = problem ?? serverError;
  return (
    <form class="form" onSubmit={submit} noValidate>
      <div aria-live="assertive">
        {error && (
          <p class="notice notice--error" role="alert" id="link-form-error">
            {error}
          </p>
        )}
      </div>
      {/* The hint sits outside the label, so the field's name is just its label. */}
      <div class="field">
        <span>
          <label for="link-password">{t('password')}</label>
        </span>
        <input
          id="link-password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={8}
          aria-describedby="password-hint"
          disabled={busy}
        />
        <small id="password-hint">{t('passwordHint')}</small>
      </div>
      <label class="field">
        <span>{t('repeatPassword')}</span>
        <input name="repeat" type="password" autoComplete="new-password" required disabled={busy} />
      </label>
      <div class="field">
        <span>
          <label for="link-device-name">{t('deviceName')}</label>
        </span>
        <input
          id="link-device-name"
          name="deviceName"
          type="text"
          maxLength={64}
          required
          defaultValue={suggestedDeviceName()}
          aria-describedby="device-name-hint"
          disabled={busy}
        />
        <small id="device-name-hint">{t('deviceNameHint')}</small>
      </div>
      <div class="phone__actions">
        <button type="submit" class="button button--primary button--large" disabled={busy}>
          {busy ? t('linking') : t('linkThisDevice')}
        </button>
        <button type="button" class="button button--large" onClick={onCancel} disabled={busy}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
