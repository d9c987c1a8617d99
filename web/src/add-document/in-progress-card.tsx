import { useEffect, useState } from 'preact/hooks';
import { useT, useTranslated } from '../platform/i18n.js';
import { loadPending, type PendingUpload } from './pending-store.js';
import { resumeStrings } from './resume-strings.js';
import './in-progress.css';
import { isoDuration, minutesSeconds, useSecondsUntil } from '../platform/countdown.js';

/**
 * The phone's home, never stuck: a document being added (which one, to which procedure, time left)
 * or a file waiting to be sent, with 'Continue' back into 'Add a document', which restores the step.
 * Read from IndexedDB only, so it shows offline too; renders nothing when nothing is in progress.
 */
export function InProgressCard() {
  const t = useT(resumeStrings);
  const translated = useTranslated();
  const [pending, setPending] = useState<PendingUpload>();
  useEffect(() => {
    loadPending().then(setPending, () => undefined);
  }, []);
  const summary = pending?.token || pending?.request ? pending.summary : undefined;
  const left = useSecondsUntil(summary ? pending?.until : undefined);
  const live = summary && left > 0;
  if (!live && !pending?.pdf) return null;

  const name = summary?.name || (summary?.type ? translated(summary.type.label) : '');
  return (
    <section class="card in-progress" aria-labelledby="in-progress-title">
      <h2 id="in-progress-title">{t('inProgressTitle')}</h2>
      {live ? (
        <>
          <p>{t('continueAdding', { name, procedure: translated(summary.procedure.title) })}</p>
          <p>
            <time dateTime={isoDuration(left)}>{t('timeLeft', { time: minutesSeconds(left) })}</time>
          </p>
          {pending?.pdf && <p>{t('waitingToSend')}</p>}
        </>
      ) : (
        <p>{t('waitingForCode')}</p>
      )}
      <a class="button button--primary button--large button--block" href="/app/add">
        {t('continue')}
      </a>
    </section>
  );
}
