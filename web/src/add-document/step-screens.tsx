import type { ComponentChildren } from 'preact';
import { lazy } from 'preact-iso';
import { PhoneLayout } from '../phone/phone-layout.js';
import { useT } from '../platform/i18n.js';
import { pictureStrings } from '../take-picture/strings.js';
import type { CodeSummary, FiledDocument } from './code-api.js';
import type { PendingUpload } from './pending-store.js';
import {
  Actions,
  CodeSummaryList,
  DoneText,
  Problem,
  Progress,
  Screen,
  SelectFile,
} from './phone-screens.js';
import { resumeStrings } from './resume-strings.js';
import { addStrings } from './strings.js';

// 'Take a picture' (camera, pages, PDF) loads only when the citizen chooses it.
const TakePictureFlow = lazy(() =>
  import('../take-picture/take-picture-flow.js').then((module) => module.TakePictureFlow),
);

/** One document is prepared on the phone at a time, like the pending upload it turns into. */
export const PICTURES = 'current';

/** Where the phone is in 'Add a document' (add-document-page.tsx moves from one step to the next). */
export type Step =
  | { screen: 'loading' }
  | { screen: 'camera' }
  | { screen: 'scan' }
  | { screen: 'summary'; busy?: boolean }
  | { screen: 'choose'; preparing?: { done: number; count: number } }
  | { screen: 'review' }
  | { screen: 'sending'; percent: number; checking: boolean; paused: boolean }
  | { screen: 'done'; document: FiledDocument }
  | { screen: 'offline' }
  | { screen: 'over'; message: string; fromPhone?: boolean };

/** 'Return to home screen', where a step ends the journey. */
function HomeLink(): ComponentChildren {
  const t = useT(addStrings);
  return (
    <a class="button button--large button--block" href="/app">
      {t('returnHome')}
    </a>
  );
}

/** Offline: everything is kept, and the page goes on by itself when the network is back. */
export function OfflineScreen() {
  const resume = useT(resumeStrings);
  const home = <HomeLink />;
  return (
    <Screen title={resume('offlineTitle')}>
      <p class="notice notice--warning" role="status">
        {resume('offlineText')}
      </p>
      <Actions>{home}</Actions>
    </Screen>
  );
}

/** The code (or the computer's request) is over, with the reason; the file stays for the next code. */
export function CodeOverScreen({
  step,
  onScanAgain,
}: {
  step: Extract<Step, { screen: 'over' }>;
  onScanAgain(): void;
}) {
  const t = useT(addStrings);
  const home = <HomeLink />;
  return (
    <Screen title={t(step.fromPhone ? 'requestOverTitle' : 'codeOverTitle')}>
      <Problem message={step.message} />
      <Actions>
        {!step.fromPhone && (
          <button type="button" class="button button--primary button--large" onClick={onScanAgain}>
            {t('scanAgain')}
          </button>
        )}
        {home}
      </Actions>
    </Screen>
  );
}

/** The file ready to send: its name, pages and size, 'Send' and 'Choose another file'. */
export function ReviewScreen({
  upload,
  pdf,
  problem,
  onSend,
  onFiles,
}: {
  upload: PendingUpload;
  pdf: Blob;
  problem?: string;
  onSend(): void;
  onFiles(files: File[]): void;
}) {
  const t = useT(addStrings);
  return (
    <Screen title={t('reviewTitle')}>
      <p class="file-summary">
        <strong>{upload.fileName}</strong>
        <span>
          {upload.pages ? `${upload.pages === 1 ? t('page') : t('pages', { count: upload.pages })} · ` : ''}
          {Math.max(1, Math.round(pdf.size / 1024))} KB
        </span>
      </p>
      <Problem message={problem} />
      <Actions>
        <button type="button" class="button button--primary button--large" onClick={onSend}>
          {problem ? t('sendAgain') : t('send')}
        </button>
        <SelectFile onFiles={onFiles} label={t('chooseAnother')} quiet />
      </Actions>
    </Screen>
  );
}

/** Sending, with the percentage, 'paused' while offline, then 'checking' on the server. */
export function SendingScreen({ step }: { step: Extract<Step, { screen: 'sending' }> }) {
  const t = useT(addStrings);
  return (
    <Screen title={t('sendingTitle')}>
      {step.paused && (
        <p class="notice notice--warning" role="status">
          {t('paused')}
        </p>
      )}
      <Progress
        percent={step.percent}
        label={step.checking ? t('checking') : t('sending', { percent: step.percent })}
      />
    </Screen>
  );
}

/** 'Document added', with 'Return to home screen' first and 'Add another document'. */
export function DoneScreen({
  summary,
  document,
  onScanAgain,
}: {
  summary: CodeSummary;
  document: FiledDocument;
  onScanAgain(): void;
}) {
  const t = useT(addStrings);
  const resume = useT(resumeStrings);
  return (
    <Screen title={t('doneTitle')}>
      <DoneText summary={summary} document={document} />
      <Actions>
        <a class="button button--primary button--large button--block" href="/app">
          {t('returnHome')}
        </a>
        <button type="button" class="button button--large button--block" onClick={onScanAgain}>
          {resume('addAnother')}
        </button>
      </Actions>
    </Screen>
  );
}

/** What the code is for (procedure, document type), to confirm before the phone claims it. */
export function SummaryScreen({
  summary,
  problem,
  busy,
  onContinue,
  onCancel,
}: {
  summary: CodeSummary;
  problem?: string;
  busy?: boolean;
  onContinue(): void;
  onCancel(): void;
}) {
  const t = useT(addStrings);
  return (
    <Screen title={t('summaryTitle')}>
      <CodeSummaryList summary={summary} />
      <p class="notice notice--info">{t('summaryCheck')}</p>
      <Problem message={problem} />
      <Actions>
        <button
          type="button"
          class="button button--primary button--large"
          onClick={onContinue}
          disabled={busy}
        >
          {t('continue')}
        </button>
        <button type="button" class="button button--block" onClick={onCancel}>
          {t('cancel')}
        </button>
      </Actions>
    </Screen>
  );
}

/** 'Take a picture' or 'Select a file', and the progress while pictures become a PDF. */
export function ChooseScreen({
  summary,
  problem,
  preparing,
  onTakePicture,
  onFiles,
  onCancel,
}: {
  summary: CodeSummary;
  problem?: string;
  preparing?: { done: number; count: number };
  onTakePicture(): void;
  onFiles(files: File[]): void;
  onCancel(): void;
}) {
  const t = useT(addStrings);
  const picture = useT(pictureStrings);
  return (
    <Screen title={t('chooseTitle')}>
      <CodeSummaryList summary={summary} />
      <Problem message={problem} />
      {preparing ? (
        <Progress
          percent={Math.round((preparing.done / preparing.count) * 100)}
          label={t('preparing', { done: preparing.done, count: preparing.count })}
        />
      ) : (
        <Actions>
          <button type="button" class="button button--primary button--large" onClick={onTakePicture}>
            {picture('takePicture')}
          </button>
          <SelectFile onFiles={onFiles} />
          <button type="button" class="button button--block" onClick={onCancel}>
            {t('cancel')}
          </button>
        </Actions>
      )}
    </Screen>
  );
}

/** 'Take a picture': the camera and the pages, until the citizen confirms the PDF. */
export function CameraStep({
  onCancel,
  onPdf,
}: {
  onCancel(): void;
  onPdf(pdf: Blob, pages: number): Promise<void>;
}) {
  return (
    <PhoneLayout>
      <TakePictureFlow sessionId={PICTURES} onCancel={onCancel} onPdf={onPdf} />
    </PhoneLayout>
  );
}
