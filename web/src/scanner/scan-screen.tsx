import { useEffect, useState } from 'preact/hooks';
import { FocusedHeading } from '../platform/focused-heading.js';
import { useT } from '../platform/i18n.js';
import { preloadScanner } from './load-decoder.js';
import type { ScanPurpose } from './parse-scanned-code.js';
import { scannerStrings } from './strings.js';
import { TypedCodeForm } from './typed-code-form.js';
import { typedCodeStrings } from './typed-code-strings.js';
import type { ScanProblem } from './use-camera-scan.js';
import { Viewfinder } from './viewfinder.js';
import './scanner.css';

type Step = 'explain' | 'scan' | 'typed' | ScanProblem;

/**
 * The phone's QR scanner, shared by 'Link a device' and 'Add a document' (docs/architecture.md,
 * "Contracts between features"): why the camera is needed ('Continue'), the permission prompt, then
 * the live camera. `onCode` receives the token of a QR that reads `<this site>/app/<purpose>#<token>`;
 * any other QR is refused with a message and scanning goes on. Render it without a page title: the
 * screen has its own heading, which takes the focus at each step.
 */
export function ScanScreen({
  purpose,
  onCode,
  onCancel,
}: {
  purpose: ScanPurpose;
  onCode(token: string): void;
  onCancel(): void;
}) {
  const t = useT(scannerStrings);
  const typed = useT(typedCodeStrings);
  // Browsers only offer the camera to secure pages: say so at once rather than after 'Continue'.
  const [step, setStep] = useState<Step>(() => (window.isSecureContext ? 'explain' : 'insecure'));
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    // Fetch the decoder while the citizen reads; a failure shows later, when scanning starts.
    preloadScanner().catch(() => undefined);
  }, []);

  const retry = () => {
    setStep('scan');
    setAttempt((count) => count + 1);
  };
  const cancel = (
    <button type="button" class="button button--block" onClick={onCancel}>
      {t('cancel')}
    </button>
  );
  // For a blind citizen, a broken camera or a screen the phone cannot focus on: always one tap away.
  const typeInstead = (
    <button type="button" class="button button--large" onClick={() => setStep('typed')}>
      {typed('typeInstead')}
    </button>
  );
  // A new step (or another try) is a new heading, which takes the focus.
  const title = (key: Parameters<typeof t>[0]) => (
    <FocusedHeading key={`${step} ${attempt}`} id="scanner-heading">
      {t(key)}
    </FocusedHeading>
  );

  if (step === 'typed') {
    return (
      <>
        <TypedCodeForm
          purpose={purpose}
          onCode={onCode}
          onScan={window.isSecureContext ? retry : undefined}
        />
        <div class="phone__actions">{cancel}</div>
      </>
    );
  }

  if (step === 'explain') {
    return (
      <section class="scanner" aria-labelledby="scanner-heading">
        {title('cameraTitle')}
        <p>{t(purpose === 'link' ? 'whyCameraLink' : 'whyCameraAdd')}</p>
        <p>{t('cameraPrivacy')}</p>
        <p>{t('permissionAhead')}</p>
        <div class="phone__actions">
          <button type="button" class="button button--primary button--large" onClick={() => setStep('scan')}>
            {t('continue')}
          </button>
          {typeInstead}
          {cancel}
        </div>
      </section>
    );
  }

  if (step === 'scan') {
    return (
      <section class="scanner" aria-labelledby="scanner-heading">
        {title('scanTitle')}
        <Viewfinder key={attempt} purpose={purpose} onCode={onCode} onProblem={setStep} />
        <div class="phone__actions">
          {typeInstead}
          {cancel}
        </div>
      </section>
    );
  }

  const canRetry = step === 'denied' || step === 'busy' || step === 'failed';
  return (
    <section class="scanner" aria-labelledby="scanner-heading">
      {title(`${step}Title`)}
      <div class="notice notice--error">
        <p class="scanner__problem">{t(`${step}Text`)}</p>
        {step === 'denied' && (
          <>
            <ul class="scanner__steps">
              <li>{t('deniedAndroid')}</li>
              <li>{t('deniedIphone')}</li>
            </ul>
            <p class="scanner__problem">{t('deniedThenRetry')}</p>
          </>
        )}
      </div>
      <div class="phone__actions">
        {canRetry && (
          <button type="button" class="button button--primary button--large" onClick={retry}>
            {t('tryAgain')}
          </button>
        )}
        {typeInstead}
        {cancel}
      </div>
    </section>
  );
}
