import { useEffect, useState } from 'preact/hooks';
import { GetTheApp } from '../get-the-app/get-the-app.js';
import { getAppStrings } from '../get-the-app/strings.js';
import { ApiFailure } from '../platform/api.js';
import { api, ok } from '../platform/api-client.js';
import { useLanguage, useT, useTranslated } from '../platform/i18n.js';
import { dialogStrings } from '../portal/dialog-strings.js';
import { DocumentFields } from '../portal/document-fields.js';
import type { SourceProps } from '../portal/document-source.js';
import { mobileStrings } from './desktop-strings.js';
import { type PhoneCode, PhoneCodePanel } from './phone-code-panel.js';
import './add-document.css';

interface Choice {
  typeId?: string;
  name?: string;
  /** "Send to '<device>'" instead of a QR code. */
  deviceId?: string;
}

/** The citizen's linked phones that can receive a request (locked ones cannot unlock to see it). */
function useLinkedDevices() {
  const [devices, setDevices] = useState<{ deviceId: string; name: string }[]>([]);
  useEffect(() => {
    ok(api.devices.$get())
      .then((answer) => setDevices(answer.devices.filter((device) => device.status === 'active')))
      .catch(() => undefined);
  }, []);
  return devices;
}

/**
 * 'My mobile app' in the document dialog: the type (for 'Add a supporting document'), an optional
 * name, then 'Generate' → a QR code bound on the server to exactly this procedure, action, type, name
 * and replaced document.
 */
export function MobileForm({ procedure, intent, onAdded, onFiled, onBack }: SourceProps) {
  const t = useT(mobileStrings);
  const td = useT(dialogStrings);
  const getApp = useT(getAppStrings);
  const { language } = useLanguage();
  const translated = useTranslated();
  const [choice, setChoice] = useState<Choice>();
  const [code, setCode] = useState<PhoneCode>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const devices = useLinkedDevices();

  const generate = async (next: Choice) => {
    setBusy(true);
    setError(undefined);
    try {
      const created: PhoneCode = await ok(
        api.procedures[':procedureId']['upload-codes'].$post({
          param: { procedureId: procedure.procedureId },
          json: {
            action: intent.action,
            ...(intent.action === 'add' ? { typeId: next.typeId } : {}),
            ...(intent.action === 'attach' ? { typeId: intent.typeId } : {}),
            ...(intent.action === 'replace' ? { documentId: intent.document.documentId } : {}),
            ...(next.name ? { name: next.name } : {}),
            ...(next.deviceId ? { deviceId: next.deviceId } : {}),
          },
        }),
      );
      setChoice(next);
      setCode(created);
    } catch (failure) {
      setError(failure instanceof ApiFailure ? failure.describe(language) : String(failure));
    } finally {
      setBusy(false);
    }
  };

  if (code && choice) {
    const typeId =
      intent.action === 'add'
        ? choice.typeId
        : intent.action === 'attach'
          ? intent.typeId
          : intent.document.typeId;
    const type = procedure.documentTypes.find((candidate) => candidate.typeId === typeId);
    const name = choice.name ?? (intent.action === 'replace' ? intent.document.name : undefined);
    const summary =
      type &&
      (name
        ? t('codeForNamed', { type: translated(type.label), name })
        : t('codeFor', { type: translated(type.label) }));
    return (
      <PhoneCodePanel
        key={code.codeId}
        summary={summary}
        procedureId={procedure.procedureId}
        code={code}
        onAdded={onAdded}
        onNewCode={() => generate(choice)}
        onDone={onFiled}
      />
    );
  }

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const typeId = String(form.get('typeId') ?? '');
    if (intent.action === 'add' && !typeId) return setError(td('typeRequired'));
    // The button pressed says where to: 'Generate' (a QR) or "Send to '<device>'".
    const deviceId = (event.submitter as HTMLButtonElement | null)?.value || undefined;
    generate({ typeId, name: String(form.get('name') ?? '').trim() || undefined, deviceId });
  };

  return (
    <form class="form" onSubmit={submit} noValidate>
      <p>{t('intro')}</p>
      <details class="mobile-form__get-app">
        <summary>{getApp('show')}</summary>
        <GetTheApp headingLevel={3} showTitle={false} />
      </details>
      <DocumentFields procedure={procedure} intent={intent} busy={busy} idPrefix="mobile" />
      {error && (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <div class="form__actions">
        <button type="button" class="button button--quiet" onClick={onBack} disabled={busy}>
          {td('cancel')}
        </button>
        <button type="submit" class="button button--primary" disabled={busy}>
          {t('generate')}
        </button>
      </div>
      {devices.length > 0 && (
        <div class="send-to">
          <p class="hint">{t('sendToHint')}</p>
          <div class="form__actions">
            {devices.map((device) => (
              <button
                key={device.deviceId}
                type="submit"
                name="deviceId"
                value={device.deviceId}
                class="button"
                disabled={busy}
              >
                {t('sendTo', { device: device.name })}
              </button>
            ))}
          </div>
        </div>
      )}
    </form>
  );
}
