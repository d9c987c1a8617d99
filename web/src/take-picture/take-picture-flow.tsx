import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../platform/i18n.js';
import { CameraScreen, type Gate, type Shot } from './camera-screen.js';
import { PageEditor } from './page-editor.js';
import { PageList } from './page-list.js';
import { buildDocumentPdf, suggestMode } from './page-processing.js';
import { renderPage } from './page-render.js';
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
  const [gate, setGate] = useState<Gate>();

  const reload = async () => {
    const stored = await pagesOf(sessionId);
    setPages(stored);
    return stored;
  };

  useEffect(() => {
    (async () => {
      const stored = await pagesOf(sessionId);
      setPages(stored);
      const saved = await sessionOf(sessionId);
      if (saved) setSession(saved);
      setStep(stored.length ? { screen: 'pages' } : { screen: 'camera' });
    })();
  }, [sessionId]);

  /**
   * Renders the page as it will be sent and keeps the quality gate's verdict with it. Returns it, or
   * undefined when the page could not be rendered (it stays, unjudged).
   */
  const judge = async (page: CapturedPage, mode: PageMode) => {
    const rendered = await renderPage(page, mode).catch(() => undefined);
    if (!rendered?.quality) return undefined;
    const judged = { ...page, quality: rendered.quality };
    await savePage(judged);
    await reload();
    return judged;
  };

  const onShot = async (shot: Shot, retake?: CapturedPage) => {
    const page: CapturedPage = {
      pageId: retake?.pageId ?? crypto.randomUUID(),
      sessionId,
      order: retake?.order ?? pages.length,
      photo: shot.photo,
      width: shot.width,
      height: shot.height,
      corners: shot.corners ?? wholePhoto(shot.width, shot.height),
      detected: Boolean(shot.corners),
      still: shot.still,
      rotation: 0,
      takenAt: Date.now(),
    };
    await savePage(page);
    const stored = await reload();
    let mode = session.mode;
    if (stored.length === 1 && session.modeChosenBy === 'auto') {
      mode = await suggestMode(page).catch(() => session.mode);
      const next = { ...session, mode };
      setSession(next);
      await saveSession(next);
    }
    if (retake) setStep({ screen: 'pages' });
    // The gate: blur, glare, cut-off make the camera ask "Retake?"; low resolution alone is a warning.
    const judged = await judge(page, mode);
    const asks = judged?.quality?.problems.some((problem) => problem !== 'lowResolution');
    if (judged?.quality && asks && !retake) setGate({ page: judged, quality: judged.quality });
  };

  const answerGate = async (retake: boolean) => {
    if (retake && gate) {
      await deletePage(sessionId, gate.page.pageId);
      await reload();
    }
    setGate(undefined);
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
        last={pages[pages.length - 1]}
        mode={session.mode}
        gate={gate}
        onGate={answerGate}
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
        mode={session.mode}
        onRetake={() => setStep({ screen: 'camera', retake: step.page })}
        onDone={async (change) => {
          // Corners placed by hand are the citizen's choice: no longer judged for cut-off.
          const moved = JSON.stringify(change.corners) !== JSON.stringify(step.page.corners);
          const edited = { ...step.page, ...change, detected: step.page.detected && !moved };
          await savePage(edited);
          await reload();
          setStep({ screen: 'pages' });
          if (moved) void judge(edited, session.mode);
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
      <fieldset class="segmented">
        <legend>{t('mode')}</legend>
        <div class="segmented__options">
          {modes.map(([mode, label]) => (
            <label key={mode} class="segmented__option">
              <input
                type="radio"
                name="mode"
                value={mode}
                checked={session.mode === mode}
                onChange={() => chooseMode(mode)}
              />
              <span>{t(label)}</span>
            </label>
          ))}
        </div>
        {session.modeChosenBy === 'auto' && <p class="segmented__note">{t('modeAuto')}</p>}
      </fieldset>
      <PageList
        pages={pages}
        mode={session.mode}
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
