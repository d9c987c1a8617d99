import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { type Camera, CameraError, type CameraProblem, openCamera } from '../platform/camera.js';
import { useT } from '../platform/i18n.js';
import { drawOutline } from './draw-outline.js';
import { type Guidance, guide } from './guidance.js';
import { OutlineTracker } from './outline-tracker.js';
import type { Corners } from './page-store.js';
import { pictureStrings } from './strings.js';
import './take-picture.css';

export interface Shot {
  photo: Blob;
  width: number;
  height: number;
  corners: Corners | null;
}

const AUTO_KEY = 'passerelle.automaticCapture';
const ANALYSE_EVERY_MS = 120;

/**
 * 'Take a picture': the full-screen camera with the blue 'Add a picture' button. In automatic mode
 * (on by default) the document's outline is found in each frame, drawn, and the picture is taken
 * once the outline has held still; the button always works.
 */
export function CameraScreen({
  pageCount,
  onShot,
  onEnd,
  onCancel,
}: {
  pageCount: number;
  onShot(shot: Shot): Promise<void>;
  onEnd(): void;
  onCancel(): void;
}) {
  const t = useT(pictureStrings);
  const video = useRef<HTMLVideoElement>(null);
  const overlay = useRef<HTMLCanvasElement>(null);
  const camera = useRef<Camera | undefined>(undefined);
  const outline = useRef<Corners | null>(null);
  const [problem, setProblem] = useState<CameraProblem>();
  const [automatic, setAutomatic] = useState(() => localStorage.getItem(AUTO_KEY) !== 'off');
  const [guidance, setGuidance] = useState<Guidance>('none');
  const [torchOn, setTorchOn] = useState(false);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const automaticRef = useRef(automatic);
  automaticRef.current = automatic;
  const busyRef = useRef(false);
  // The camera effect must not restart when a page is added: it reads these through refs.
  const latest = useRef({ onShot, pageCount, t });
  latest.current = { onShot, pageCount, t };

  const shoot = useCallback(async () => {
    const element = video.current;
    if (!element?.videoWidth || busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    try {
      const canvas = document.createElement('canvas');
      canvas.width = element.videoWidth;
      canvas.height = element.videoHeight;
      canvas.getContext('2d')!.drawImage(element, 0, 0);
      const photo = await new Promise<Blob>((resolve, reject) =>
        canvas.toBlob(
          (blob) => (blob ? resolve(blob) : reject(new Error('capture failed'))),
          'image/jpeg',
          0.92,
        ),
      );
      const { onShot, pageCount, t } = latest.current;
      await onShot({ photo, width: canvas.width, height: canvas.height, corners: outline.current });
      setAnnouncement(t('captured', { count: pageCount + 1 }));
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    let stopped = false;
    let timer: number | undefined;
    const steps = guide();
    const tracker = new OutlineTracker((corners, frame) => {
      outline.current = corners;
      const element = video.current;
      if (element && overlay.current) drawOutline(overlay.current, element, corners);
      const next = steps.update(corners, frame, performance.now());
      setGuidance(next);
      if (next === 'capture' && automaticRef.current && !busyRef.current) {
        steps.taken(corners);
        void shoot();
      }
    });
    const start = async () => {
      try {
        camera.current = await openCamera({ width: 2560, height: 1440 });
        if (stopped) return camera.current.release();
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
  }, [shoot, attempt]);

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
            <button
              type="button"
              class="button button--primary"
              onClick={() => {
                setProblem(undefined);
                setAttempt((n) => n + 1);
              }}
            >
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
          </p>
        )}
      </div>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
      <div class="camera__controls">
        <span class="camera__count">{t('pagesTaken', { count: pageCount })}</span>
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
