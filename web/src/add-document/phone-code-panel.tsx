import { useEffect, useRef } from 'preact/hooks';
import { ShortCodeDisplay } from '../link/short-code-display.js';
import { type AnswerOf, api, ok } from '../platform/api-client.js';
import { isoDuration, minutesSeconds, useCountdown } from '../platform/countdown.js';
import { messageFor } from '../platform/errors.js';
import { useLanguage, useT } from '../platform/i18n.js';
import { useCodeStatus } from '../platform/use-code-status.js';
import type { DocumentView } from '../portal/document-source.js';
import { QrImage } from '../qr/qr-image.js';
import '../get-the-app/get-the-app.css';
import { mobileStrings } from './desktop-strings.js';

export interface PhoneCode {
  codeId: string;
  /** The QR's address; absent when the request was sent to a linked device. */
  url?: string;
  /** The same code to type, for a phone that cannot scan (SECURITY.md rows 51, 53). */
  shortCode?: string;
  /** Counted down here from the server's figure (platform/countdown.ts). */
  secondsLeft: number;
  /** "Send to '<device>'": the device's name. */
  sentTo?: string;
}

/** One code of the computer's, on the API: followed by `$get`, cancelled by `$delete`. */
const codeRoute = api.procedures[':procedureId']['upload-codes'][':codeId'];

type CodeStatus = AnswerOf<typeof codeRoute.$get>;

/** What the timeline shows: the last status read, or 'waiting' before the first. */
type ShownStatus = Pick<CodeStatus, 'state'> & Partial<CodeStatus>;

const FINAL = ['filed', 'cancelled', 'expired'];

const cancelCodeOf = (procedureId: string, codeId: string) =>
  ok(codeRoute.$delete({ param: { procedureId, codeId } })).catch(() => undefined);

/**
 * The QR code for the phone, its countdown, and the live timeline: waiting → phone connected →
 * uploading n % → document added (with a link to it). On expiry or cancellation: say so and offer a
 * new code.
 */
export function PhoneCodePanel({
  procedureId,
  code,
  onAdded,
  onNewCode,
  onDone,
  summary,
}: {
  /** The chosen type and name, repeated above the QR code so the citizen sees what it is for. */
  summary?: string;
  procedureId: string;
  code: PhoneCode;
  onAdded(document: DocumentView): void;
  onNewCode(): void;
  onDone(document: DocumentView): void;
}) {
  const t = useT(mobileStrings);
  const { language } = useLanguage();
  // Followed until it ends; paused while the tab is hidden (platform/use-code-status.ts).
  const followed = useCodeStatus(
    code.codeId,
    (signal) => ok(codeRoute.$get({ param: { procedureId, codeId: code.codeId } }, { init: { signal } })),
    FINAL,
  );
  const status: ShownStatus = followed.status ?? { state: 'waiting' };
  const cancelCode = () => cancelCodeOf(procedureId, code.codeId);
  const left = useCountdown(code.secondsLeft, code.codeId);
  const reported = useRef(false);
  const state =
    left === 0 && !FINAL.includes(status.state) && status.state !== 'filing' ? 'expired' : status.state;

  // Reported once, whenever it runs again (a new `onAdded` from the dialog's render).
  useEffect(() => {
    if (status.document && !reported.current) {
      reported.current = true;
      onAdded(status.document);
    }
  }, [status.document, onAdded]);

  // A code nobody has scanned yet goes when the dialog does; one a phone is using carries on, and so
  // does a request sent to a device (the phone may open it later, as the guide's "next time" says).
  // The panel is keyed by the code (mobile-form.tsx): these three never change while it is shown.
  const latest = useRef(state);
  latest.current = state;
  const { codeId, sentTo } = code;
  useEffect(
    () => () => {
      if (latest.current === 'waiting' && !sentTo) cancelCodeOf(procedureId, codeId);
    },
    [procedureId, codeId, sentTo],
  );

  const cancel = async () => {
    await cancelCode();
    followed.setStatus({ ...(status as CodeStatus), state: 'cancelled' });
  };

  if (state === 'expired' || state === 'cancelled') {
    return (
      <div class="form">
        <p class="notice notice--warning" role="status">
          {state === 'expired' ? t('expired') : t('cancelled')}
        </p>
        <div class="form__actions">
          <button type="button" class="button button--primary" onClick={onNewCode}>
            {t('newCode')}
          </button>
        </div>
      </div>
    );
  }

  const open = state === 'waiting' || state === 'claimed' || state === 'uploading';
  return (
    <div class="form">
      {summary && <p class="phone-code__for">{summary}</p>}
      <div class="phone-code">
        {open && code.url && (
          <div class="phone-code__qr">
            <QrImage value={code.url} label={t('qrLabel')} />
            {code.shortCode && <ShortCodeDisplay code={code.shortCode} />}
            <p>
              <time dateTime={isoDuration(left)}>{t('validFor', { time: minutesSeconds(left) })}</time>
            </p>
          </div>
        )}
        <div>
          {open && <p>{code.sentTo ? t('sentHowTo', { device: code.sentTo }) : t('howTo')}</p>}
          {open && code.sentTo && (
            <p>
              <time dateTime={isoDuration(left)}>{t('validFor', { time: minutesSeconds(left) })}</time>
            </p>
          )}
          <Timeline status={{ ...status, state }} sentTo={code.sentTo} />
          {status.refusal && state === 'claimed' && (
            <p class="notice notice--error" role="alert">
              {t('refused', { reason: messageFor(status.refusal, language) ?? status.refusal })}
            </p>
          )}
          {status.document && (
            <p>
              <a
                href={`/api/procedures/${procedureId}/documents/${status.document.documentId}/file`}
                download
              >
                {t('openDocument')}
                <span class="visually-hidden"> {status.document.name}</span>
              </a>
            </p>
          )}
        </div>
      </div>
      <div class="form__actions">
        {open ? (
          <button type="button" class="button button--quiet" onClick={cancel}>
            {t('cancelCode')}
          </button>
        ) : (
          <button
            type="button"
            class="button button--primary"
            onClick={() => status.document && onDone(status.document)}
            disabled={!status.document}
          >
            {t('done')}
          </button>
        )}
      </div>
    </div>
  );
}

const ORDER = ['waiting', 'claimed', 'uploading', 'filing', 'filed'];

function Timeline({ status, sentTo }: { status: ShownStatus; sentTo?: string }) {
  const t = useT(mobileStrings);
  const at = ORDER.indexOf(status.state);
  const steps = [
    { from: 0, label: sentTo ? t('waitingFor', { device: sentTo }) : t('waiting') },
    {
      from: 1,
      label: status.deviceName ? t('connectedNamed', { device: status.deviceName }) : t('connected'),
    },
    {
      from: 2,
      label:
        status.state === 'uploading'
          ? t('uploadingPercent', { percent: status.percent ?? 0 })
          : t('uploading'),
    },
    { from: 3, label: status.state === 'filing' ? t('checking') : t('added') },
  ];
  const current = steps.findLast((step) => step.from <= at);
  return (
    <>
      <h3 class="visually-hidden">{t('timeline')}</h3>
      <ol class="timeline">
        {steps.map((step) => {
          const done = at > step.from;
          const isCurrent = !done && step === current;
          return (
            <li
              key={step.from}
              class={done ? 'timeline__step--done' : isCurrent ? 'timeline__step--current' : ''}
              aria-current={isCurrent ? 'step' : undefined}
            >
              {step.label}
            </li>
          );
        })}
      </ol>
      {/* Announces each new step once, without reading out every percentage. */}
      <p class="visually-hidden" role="status">
        {status.state === 'uploading' ? t('uploading') : current?.label}
      </p>
    </>
  );
}
