import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  askForLargestFrames,
  type Camera,
  CameraError,
  type CameraProblem,
  openCamera,
} from '../platform/camera.js';
import { useT } from '../platform/i18n.js';
import { drawOutline } from './draw-outline.js';
import { type Guidance, guide } from './guidance.js';
import { LastPage } from './last-page.js';
import { OutlineTracker } from './outline-tracker.js';
import { outlineInStill } from './page-render.js';
import type { CapturedPage, Corners, PageMode } from './page-store.js';
import { effectiveDpi, MIN_DPI, outlineSize } from './quality.js';
import { type Gate, GatePrompt } from './quality-question.js';
import { pictureStrings } from './strings.js';
import './take-picture.css';

export type { Gate };

export interface Shot {
  photo: Blob;
  width: number;
  height: number;
  corners: Corners | null;
  /** A full-resolution still (ImageCapture), not a video frame. */
  still: boolean;
}

/** The outline found in the video frame, carried over to a still of another size (same aspect). */
function scaleCorners(corners: Corners | null, from: { width: number; height: number }, to: Still) {
  if (!corners || Math.abs(from.width / from.height - to.width / to.height) > 0.01) return null;
  const s = to.width / from.width;
  return corners.map((p) => ({ x: p.x * s, y: p.y * s })) as Corners;
}
type Still = { width: number; height: number };

const AUTO_KEY = 'passerelle.automaticCapture';
const ANALYSE_EVERY_MS = 120;

/**
 * 'Take a picture': the full-screen camera with the blue 'Add a picture' button. In automatic mode
 * (on by default) the document's outline is found in each frame, drawn, and the picture is taken
 * once the outline has held still; the button always works.
 */
export function CameraScreen({
  pageCount,
  last,
  mode,
  gate,
  onShot,
  onEnd,
  onCancel,
  onGate,
}: {
  pageCount: number;
  /** The last page taken, shown as it will be sent. */
  last?: CapturedPage;
  mode: PageMode;
  gate?: Gate;
  onShot(shot: Shot): Promise<void>;
  onEnd(): void;
  onCancel(): void;
  onGate(retake: boolean): void;
}) {
  const t = useT(pictureStrings);
  const video = useRef<HTMLVideoElement>(null);
  const overlay = useRef<HTMLCanvasElement>(null);
  const camera = useRef<Camera | undefined>(undefined);
  const outline = useRef<Corners | null>(null);
  const stillSize = useRef<Still | null>(null);
  const [dpi, setDpi] = useState<number>();
  const [problem, setProblem] = useState<CameraProblem>();
  const [automatic, setAutomatic] = useState(() => localStorage.getItem(AUTO_KEY) !== 'off');
  const [guidance, setGuidance] = useState<Guidance>('none');
  const [torchOn, setTorchOn] = useState(false);
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const automaticRef = useRef(automatic);
  automaticRef.current = automatic;
  const busyRef = useRef(false);
  // While the quality gate asks its question, automatic mode waits for the answer.
  const gateRef = useRef(gate);
  gateRef.current = gate;
  const stepsRef = useRef<ReturnType<typeof guide> | undefined>(undefined);
  // The camera effect must not restart when a page is added: it reads these through refs.
  const latest = useRef({ onShot, pageCount, t });
  latest.current = { onShot, pageCount, t };

  const shoot = useCallback(async () => {
    const element = video.current;
    if (!element?.videoWidth || busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    try {
      const frame = { width: element.videoWidth, height: element.videoHeight };
      const seen = outline.current;
      const still = await camera.current?.takeStill();
      let shot: Shot;
      if (still) {
        // Found again in the still itself: it is larger, and taken a moment after the frame.
        const corners =
          (await outlineInStill(still.blob).catch(() => null)) ?? scaleCorners(seen, frame, still);
        shot = { photo: still.blob, width: still.width, height: still.height, corners, still: true };
      } else {
        const canvas = document.createElement('canvas');
        canvas.width = frame.width;
        canvas.height = frame.height;
        canvas.getContext('2d')!.drawImage(element, 0, 0);
        const photo = await new Promise<Blob>((resolve, reject) =>
          canvas.toBlob(
            (blob) => (blob ? resolve(blob) : reject(new Error('capture failed'))),
            'image/jpeg',
            0.92,
          ),
        );
        shot = { photo, ...frame, corners: seen, still: false };
      }
      const { onShot, pageCount, t } = latest.current;
      await onShot(shot);
      setAnnouncement(t('captured', { count: pageCount + 1 }));
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  }, []);

  // The camera runs while no problem is shown: a problem releases it, 'Try again' takes it again.
  const trying = !problem;
  useEffect(() => {
    if (!trying) return;
    let stopped = false;
    let timer: number | undefined;
    const steps = guide();
    stepsRef.current = steps;
    const tracker = new OutlineTracker((corners, frame, print) => {
      outline.current = corners;
      const element = video.current;
      if (element && overlay.current) drawOutline(overlay.current, element, corners);
      // The dpi the page would have in the picture taken now (a still may be larger than the frame).
      const scale = stillSize.current ? stillSize.current.width / frame.width : 1;
      const size = corners && outlineSize(corners);
      setDpi(size ? effectiveDpi({ width: size.width * scale, height: size.height * scale }) : undefined);
      const next = steps.update(corners, frame, performance.now(), print);
      setGuidance(next);
      if (next === 'capture' && automaticRef.current && !busyRef.current && !gateRef.current) {
        steps.taken(corners, print);
        void shoot();
      }
    });
    const start = async () => {
      try {
        camera.current = await openCamera({ width: 2560, height: 1440 });
        if (stopped) return camera.current.release();
        await askForLargestFrames(camera.current);
        stillSize.current = await camera.current.stillSize();
        const element = video.current!;
        element.srcObject = camera.current.stream;
        await element.play();
        timer = window.setInterval(() => tracker.analyse(element), ANALYSE_EVERY_MS);
      } catch (error) {
        setProblem(error instanceof CameraError ? error.problem : 'missing');
      }
    };
    const stop = () => {
      window.clearInterval(timer);
      camera.current?.release();
      camera.current = undefined;
    };
    // Release the camera when the tab is hidden; take it again when it comes back.
    const onVisibility = () => (document.hidden ? stop() : void start());
    document.addEventListener('visibilitychange', onVisibility);
    void start();
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', onVisibility);
      stop();
      tracker.stop();
    };
  }, [shoot, trying]);

  const toggleAutomatic = (on: boolean) => {
    localStorage.setItem(AUTO_KEY, on ? 'on' : 'off');
    setAutomatic(on);
  };

  if (problem) {
    const message = {
      denied: 'cameraDenied',
      missing: 'cameraMissing',
      insecure: 'cameraInsecure',
      busy: 'cameraBusy',
    } as const;
    return (
      <section class="phone__main" aria-labelledby="camera-problem">
        <h1 id="camera-problem">{t('takePicture')}</h1>
        <p class="notice notice--error" role="alert">
          {t(message[problem])}
        </p>
        <div class="phone__actions">
          {problem !== 'missing' && (
            <button type="button" class="button button--primary" onClick={() => setProblem(undefined)}>
              {t('tryAgain')}
            </button>
          )}
          <button type="button" class="button" onClick={onCancel}>
            {t('back')}
          </button>
        </div>
      </section>
    );
  }

  const guidanceText = {
    none: 'noDocument',
    closer: 'moveCloser',
    hold: 'holdStill',
    capture: 'capturing',
    next: 'nextPage',
  } as const;
  return (
    <section class="camera" aria-label={t('takePicture')}>
      <div class="camera__top">
        <button type="button" class="button button--quiet" onClick={onCancel}>
          {t('back')}
        </button>
        <label class="camera__toggle">
          <input
            type="checkbox"
            role="switch"
            aria-checked={automatic}
            checked={automatic}
            onChange={(event) => toggleAutomatic(event.currentTarget.checked)}
          />
          {t('automatic')}
        </label>
        {camera.current?.torch && (
          <button
            type="button"
            class="button button--quiet"
            aria-pressed={torchOn}
            onClick={() => camera.current?.setTorch(!torchOn).then(() => setTorchOn(!torchOn))}
          >
            {t('torch')}
          </button>
        )}
      </div>
      <div class="camera__viewport">
        <video ref={video} class="camera__video" playsInline muted tabIndex={-1} />
        <canvas ref={overlay} class="camera__overlay" />
        {automatic && (
          <p class="camera__guidance" role="status" aria-live="polite">
            {t(guidanceText[guidance])}
            {dpi !== undefined && dpi < MIN_DPI && (guidance === 'hold' || guidance === 'capture') && (
              <span class="camera__dpi"> {t('closerForDpi', { dpi })}</span>
            )}
          </p>
        )}
        {gate && (
          <GatePrompt
            key={gate.page.pageId}
            gate={gate}
            onAnswer={(retake) => {
              // Retake: the page still under the camera may be taken again.
              if (retake) stepsRef.current?.taken(null);
              onGate(retake);
            }}
          />
        )}
      </div>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
      <div class="camera__controls">
        <LastPage page={last} mode={mode} count={pageCount} onOpen={onEnd} />
        <button type="button" class="camera__shutter" onClick={() => void shoot()} disabled={busy}>
          {t('addPicture')}
        </button>
        <button type="button" class="button camera__end" onClick={onEnd} disabled={pageCount === 0 || busy}>
          {t('end')}
        </button>
      </div>
    </section>
  );
}
