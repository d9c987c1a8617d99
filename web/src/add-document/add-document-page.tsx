import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { unlockPath, useDevice } from '../phone/device.js';
import { PhoneLayout } from '../phone/phone-layout.js';
import { ApiFailure } from '../platform/api.js';
import { localDeadlineIn } from '../platform/countdown.js';
import { takeFragmentToken } from '../platform/fragment-token.js';
import { useLanguage, useT } from '../platform/i18n.js';
import { ScanScreen } from '../scanner/scan-screen.js';
import { clearSession as clearPictures, pagesOf } from '../take-picture/page-store.js';
import { type CodeSummary, codeApi, isCodeOver } from './code-api.js';
import { isOffline, whenOnline } from './network.js';
import { clearPending, loadPending, type PendingUpload, savePending } from './pending-store.js';
import { checkPdf, classifySelection, picturesToPdf, SelectionRefused } from './prepare-file.js';
import { isStillFiling, sendPdf } from './send-pdf.js';
import {
  CameraStep,
  ChooseScreen,
  CodeOverScreen,
  DoneScreen,
  OfflineScreen,
  PICTURES,
  ReviewScreen,
  SendingScreen,
  type Step,
  SummaryScreen,
} from './step-screens.js';
import { addStrings } from './strings.js';
import './add-document.css';

/** A new code takes the file already prepared on this phone, if any (nothing is lost), not its code. */
const withFileOf = (token: string, { pdf, fileName, pages }: Partial<PendingUpload> = {}): PendingUpload =>
  pdf ? { token, pdf, fileName, pages } : { token };

/** /app/add: 'Add a document' on the phone, from the scan to 'Return to home screen'. Everything done
 * so far (the code, the claim, the PDF) is in IndexedDB at each step, so a reload resumes there. */
export default function AddDocumentPage() {
  const t = useT(addStrings);
  const { language } = useLanguage();
  const { route } = useLocation();
  const [step, setStep] = useState<Step>({ screen: 'loading' });
  const [summary, setSummary] = useState<CodeSummary>();
  const [problem, setProblem] = useState<string>();
  const pending = useRef<PendingUpload | undefined>(undefined);
  const sending = useRef<AbortController | undefined>(undefined);
  const device = useDevice();
  const [restored, setRestored] = useState(false);
  const started = useRef(false);

  const describe = (error: unknown) =>
    error instanceof SelectionRefused
      ? t(error.problem, error.params)
      : error instanceof ApiFailure
        ? error.describe(language)
        : String(error);

  const credentials = () => ({
    token: pending.current!.token,
    request: pending.current!.request,
    claim: pending.current!.claim,
  });

  const remember = async (next: PendingUpload) => {
    pending.current = next;
    await savePending(next);
  };

  /** The code is over: say why. The file stays, to go with the next code scanned. */
  const codeOver = (error: unknown) => {
    const file = pending.current;
    if (file) void remember({ pdf: file.pdf, fileName: file.fileName, pages: file.pages });
    if (file?.request) return setStep({ screen: 'over', message: describe(error), fromPhone: true });
    setStep({ screen: 'over', message: describe(error) });
  };

  const open = async (upload: PendingUpload) => {
    setStep({ screen: 'loading' });
    setProblem(undefined);
    try {
      const read = await codeApi.read({ token: upload.token, request: upload.request, claim: upload.claim });
      setSummary(read);
      await remember({ ...upload, summary: read, until: localDeadlineIn(read.secondsLeft) });
      // Chosen on this phone (a procedure, or the computer's request): nothing to confirm, straight
      // on to 'Take a picture' / 'Select a file'.
      if (!read.claimedByYou && upload.request) return claim();
      if (!read.claimedByYou) return setStep({ screen: 'summary' });
      if (upload.pdf && upload.sending) return send();
      // Pages taken before a reload or a crash: back to them.
      if (!upload.pdf && (await pagesOf(PICTURES)).length > 0) return setStep({ screen: 'camera' });
      setStep({ screen: upload.pdf ? 'review' : 'choose' });
    } catch (error) {
      if (isCodeOver(error)) return codeOver(error);
      // Reloaded while its PDF was being filed: follow the filing (the PDF stays until it is filed).
      if (isStillFiling(error) && upload.pdf && upload.sending) return send();
      // Offline is not a bad code: keep everything and go on once the network is back.
      if (isOffline(error)) return waitForNetwork(() => open(pending.current ?? upload));
      setStep({ screen: 'over', message: describe(error) });
    }
  };

  const waitForNetwork = (then: () => void) => {
    setStep({ screen: 'offline' });
    whenOnline(then);
  };

  /** A code scanned, or opened while this page is on screen, with the file prepared so far. */
  const takeCode = async (token: string) => {
    const next = withFileOf(token, pending.current);
    await remember(next);
    return open(next);
  };
  // What the effects below call: the latest render's, so they need not start over at each render.
  const latest = useRef({ step, open, takeCode });
  latest.current = { step, open, takeCode };

  useEffect(() => {
    (async () => {
      // The scanned code is saved before anything else, so unlocking first cannot lose it.
      const scanned = takeFragmentToken();
      let upload = await loadPending();
      if (scanned && scanned !== upload?.token) {
        upload = withFileOf(scanned, upload);
        await savePending(upload);
      }
      pending.current = upload;
      setRestored(true);
    })();
    return () => sending.current?.abort();
  }, []);

  // A second code opened while this page is on screen (only the fragment changed, so nothing reloads):
  // taken at once, unless a file is on its way with the current one.
  useEffect(() => {
    const onHash = () => {
      if (latest.current.step.screen === 'sending') return;
      const token = takeFragmentToken();
      if (token && token !== pending.current?.token) latest.current.takeCode(token);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  // A linked phone unlocks first (spec/add-a-document.txt, step 2); an unlinked one goes straight on.
  useEffect(() => {
    if (!restored || started.current || device.status === 'checking') return;
    if (device.status === 'locked') return route(unlockPath('/app/add'), true);
    started.current = true;
    if (pending.current?.token || pending.current?.request) latest.current.open(pending.current);
    else setStep({ screen: 'scan' });
  }, [restored, device.status, route]);

  const claim = async () => {
    setStep({ screen: 'summary', busy: true });
    try {
      const { claim } = await codeApi.claim(credentials());
      await remember({ ...pending.current!, claim });
      setProblem(undefined);
      setStep({ screen: pending.current!.pdf ? 'review' : 'choose' });
    } catch (error) {
      if (isCodeOver(error)) return codeOver(error);
      setProblem(describe(error));
      setStep({ screen: 'summary' });
    }
  };

  const prepare = async (files: File[]) => {
    setProblem(undefined);
    try {
      const limits = summary!.limits;
      const selection = classifySelection(files, limits);
      setStep({ screen: 'choose', preparing: { done: 0, count: selection.files.length } });
      const prepared =
        selection.kind === 'pdf'
          ? await checkPdf(selection.files[0]!, limits)
          : await picturesToPdf(selection.files, limits, (done, count) =>
              setStep({ screen: 'choose', preparing: { done, count } }),
            );
      await remember({ ...pending.current!, ...prepared, sending: false });
      setStep({ screen: 'review' });
    } catch (error) {
      setProblem(describe(error));
      setStep({ screen: 'choose' });
    }
  };

  const send = async () => {
    const upload = { ...pending.current!, sending: true };
    await remember(upload);
    setProblem(undefined);
    const controller = new AbortController();
    sending.current = controller;
    let shown: Extract<Step, { screen: 'sending' }> = {
      screen: 'sending',
      percent: 0,
      checking: false,
      paused: false,
    };
    const show = (change: Partial<typeof shown>) => {
      shown = { ...shown, ...change };
      setStep(shown);
    };
    show({});
    try {
      const document = await sendPdf(
        credentials(),
        upload.pdf!,
        {
          onProgress: (percent) => show({ percent }),
          onChecking: () => show({ checking: true, percent: 100 }),
          onPaused: (paused) => show({ paused }),
        },
        controller.signal,
      );
      await clearPending();
      await clearPictures(PICTURES);
      pending.current = undefined;
      setStep({ screen: 'done', document });
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      if (isCodeOver(error)) return codeOver(error);
      // Refused or failed: the file stays on the phone, with the reason and a way to go on.
      await remember({ ...upload, sending: false });
      setProblem(describe(error));
      setStep({ screen: 'review' });
    }
  };

  const leave = async () => {
    const upload = pending.current;
    if (upload?.claim) await codeApi.release(credentials()).catch(() => undefined);
    await clearPending();
    await clearPictures(PICTURES);
    route('/app');
  };

  const scanAgain = () => {
    setProblem(undefined);
    setStep({ screen: 'scan' });
  };

  if (step.screen === 'scan') {
    return (
      <PhoneLayout>
        <ScanScreen purpose="add" onCode={takeCode} onCancel={() => route('/app')} />
      </PhoneLayout>
    );
  }
  if (step.screen === 'camera') {
    return (
      <CameraStep
        onCancel={() => setStep({ screen: 'choose' })}
        onPdf={async (pdf, pages) => {
          // The citizen confirmed in the flow ('Generate' → 'Confirm'): the PDF is kept, then sent.
          await remember({ ...pending.current!, pdf, fileName: 'document.pdf', pages, sending: false });
          await send();
        }}
      />
    );
  }
  return (
    <PhoneLayout>
      {step.screen === 'loading' && <p aria-live="polite">{t('loading')}</p>}
      {step.screen === 'offline' && <OfflineScreen />}
      {step.screen === 'over' && <CodeOverScreen step={step} onScanAgain={scanAgain} />}
      {step.screen === 'summary' && summary && (
        <SummaryScreen
          summary={summary}
          problem={problem}
          busy={step.busy}
          onContinue={claim}
          onCancel={leave}
        />
      )}
      {step.screen === 'choose' && summary && (
        <ChooseScreen
          summary={summary}
          problem={problem}
          preparing={step.preparing}
          onTakePicture={() => setStep({ screen: 'camera' })}
          onFiles={prepare}
          onCancel={leave}
        />
      )}
      {step.screen === 'review' && summary && pending.current?.pdf && (
        <ReviewScreen
          upload={pending.current}
          pdf={pending.current.pdf}
          problem={problem}
          onSend={send}
          onFiles={prepare}
        />
      )}
      {step.screen === 'sending' && <SendingScreen step={step} />}
      {step.screen === 'done' && summary && (
        <DoneScreen summary={summary} document={step.document} onScanAgain={scanAgain} />
      )}
    </PhoneLayout>
  );
}
