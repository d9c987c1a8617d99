import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../platform/i18n.js';
import { CameraScreen, type Shot } from './camera-screen.js';
import { PageEditor } from './page-editor.js';
import { PageList } from './page-list.js';
import { buildDocumentPdf, suggestMode } from './page-processing.js';
import {
  type CapturedPage,
  type Corners,
  deletePage,
  movePage,
  type PageMode,
  type PictureSession,
  pagesOf,
  savePage,
  saveSession,
  sessionOf,
} from './page-store.js';
import { pictureStrings } from './strings.js';

type Step =
  | { screen: 'loading' }
  | { screen: 'camera'; retake?: CapturedPage }
  | { screen: 'pages' }
  | { screen: 'edit'; page: CapturedPage }
  | { screen: 'building'; done: number; count: number };

/** When nothing was found, the page is the whole photo minus a thin margin, ready to be cropped by hand. */
function wholePhoto(width: number, height: number): Corners {
  const dx = width * 0.03;
  const dy = height * 0.03;
  return [
    { x: dx, y: dy },
    { x: width - dx, y: dy },
    { x: width - dx, y: height - dy },
    { x: dx, y: height - dy },
  ];
}

/**
 * 'Take a picture' from first shot to PDF: camera, then the pages (crop, rotate, reorder, delete,
 * retake, add more), then 'Generate' → 'Confirm'. Every page is in IndexedDB as soon as it is taken.
 */
export function TakePictureFlow({
  sessionId,
  onPdf,
  onCancel,
}: {
  sessionId: string;
  onPdf(pdf: Blob, pageCount: number): void;
  onCancel(): void;
}) {
  const t = useT(pictureStrings);
  const [step, setStep] = useState<Step>({ screen: 'loading' });
  const [pages, setPages] = useState<CapturedPage[]>([]);
  const [session, setSession] = useState<PictureSession>({
    sessionId,
    mode: 'document',
    modeChosenBy: 'auto',
  });
  const confirm = useRef<HTMLDialogElement>(null);
  const [problem, setProblem] = useState<string>();

  const reload = async () => {
    const stored = await pagesOf(sessionId);
    setPages(stored);
    return stored;
  };

  useEffect(() => {
    (async () => {
      const stored = await reload();
      const saved = await sessionOf(sessionId);
      if (saved) setSession(saved);
      setStep(stored.length ? { screen: 'pages' } : { screen: 'camera' });
    })();
  }, [sessionId]);

  const onShot = async (shot: Shot, retake?: CapturedPage) => {
    const page: CapturedPage = {
      pageId: retake?.pageId ?? crypto.randomUUID(),
      sessionId,
      order: retake?.order ?? pages.length,
      photo: shot.photo,
      width: shot.width,
      height: shot.height,
      corners: shot.corners ?? wholePhoto(shot.width, shot.height),
      rotation: 0,
      takenAt: Date.now(),
    };
    await savePage(page);
    const stored = await reload();
    if (stored.length === 1 && session.modeChosenBy === 'auto') {
      const mode = await suggestMode(page).catch(() => session.mode);
      const next = { ...session, mode };
      setSession(next);
      await saveSession(next);
    }
    if (retake) setStep({ screen: 'pages' });
  };

  const chooseMode = async (mode: PageMode) => {
    const next: PictureSession = { sessionId, mode, modeChosenBy: 'citizen' };
    setSession(next);
    await saveSession(next);
  };

  const generate = async () => {
    confirm.current?.close();
    setProblem(undefined);
    setStep({ screen: 'building', done: 0, count: pages.length });
    try {
      const pdf = await buildDocumentPdf(pages, session.mode, (done) =>
        setStep({ screen: 'building', done, count: pages.length }),
      );
      onPdf(pdf, pages.length);
    } catch (error) {
      setProblem(String((error as Error).message));
      setStep({ screen: 'pages' });
    }
  };

  if (step.screen === 'loading') return <p aria-busy="true">…</p>;
  if (step.screen === 'camera') {
    return (
      <CameraScreen
        pageCount={pages.length}
        onShot={(shot) => onShot(shot, step.retake)}
        onEnd={() => setStep({ screen: 'pages' })}
        onCancel={() => (pages.length ? setStep({ screen: 'pages' }) : onCancel())}
      />
    );
  }
  if (step.screen === 'edit') {
    const number = pages.findIndex((page) => page.pageId === step.page.pageId) + 1;
    return (
      <PageEditor
        page={step.page}
        number={number}
        onRetake={() => setStep({ screen: 'camera', retake: step.page })}
        onDone={async (change) => {
          await savePage({ ...step.page, ...change });
          await reload();
          setStep({ screen: 'pages' });
        }}
      />
    );
  }
  if (step.screen === 'building') {
    return (
      <section aria-labelledby="building-title">
        <h1 id="building-title">{t('generate')}</h1>
        <div class="progress" role="status">
          <progress max={step.count} value={step.done} />
          <span>{t('building', { n: Math.min(step.done + 1, step.count), count: step.count })}</span>
        </div>
      </section>
    );
  }
  const modes: [PageMode, 'modeDocument' | 'modeGrey' | 'modeColour'][] = [
    ['document', 'modeDocument'],
    ['grey', 'modeGrey'],
    ['colour', 'modeColour'],
  ];
  return (
    <section aria-labelledby="pages-title">
      <h1 id="pages-title">{t('review')}</h1>
      {problem && (
        <p class="notice notice--error" role="alert">
          {problem}
        </p>
      )}
      {pages.length === 0 && <p>{t('noPages')}</p>}
      <PageList
        pages={pages}
        onEdit={(page) => setStep({ screen: 'edit', page })}
        onMove={async (page, offset) => {
          await movePage(sessionId, page.pageId, offset);
          await reload();
        }}
        onDelete={async (page) => {
          await deletePage(sessionId, page.pageId);
          await reload();
        }}
      />
      <fieldset class="field">
        <legend>{t('mode')}</legend>
        {modes.map(([mode, label]) => (
          <label key={mode} class="radio">
            <input
              type="radio"
              name="mode"
              value={mode}
              checked={session.mode === mode}
              onChange={() => chooseMode(mode)}
            />
            {t(label)}
            {session.mode === mode && session.modeChosenBy === 'auto' && <small> ({t('modeAuto')})</small>}
          </label>
        ))}
      </fieldset>
      <div class="phone__actions">
        <button type="button" class="button" onClick={() => setStep({ screen: 'camera' })}>
          {t('addPicture')}
        </button>
        <button
          type="button"
          class="button button--primary"
          disabled={pages.length === 0}
          onClick={() => confirm.current?.showModal()}
        >
          {t('generate')}
        </button>
      </div>
      <dialog ref={confirm} class="confirm-dialog" aria-labelledby="confirm-title">
        <h2 id="confirm-title">{t('generateQuestion')}</h2>
        <p>{t('generateExplanation', { count: pages.length })}</p>
        <div class="form__actions">
          <button type="button" class="button" onClick={() => confirm.current?.close()}>
            {t('cancel')}
          </button>
          <button type="button" class="button button--primary" onClick={generate}>
            {t('confirm')}
          </button>
        </div>
      </dialog>
    </section>
  );
}
