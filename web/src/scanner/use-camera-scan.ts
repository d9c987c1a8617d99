import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { CameraError, type CameraProblem, openCamera } from '../platform/camera.js';
import { preloadScanner } from './load-decoder.js';

export type ScanProblem = CameraProblem | 'failed';

/**
 * Shows the back camera in the video element and decodes its frames while the component is mounted
 * and the tab is visible. The camera is released (every track stopped) on unmount, when the tab is
 * hidden — another app may need it, and a hidden page must not keep filming — and once `onTexts`
 * accepts a code by returning true; it is taken again when the tab comes back.
 */
export function useCameraScan(
  video: RefObject<HTMLVideoElement | null>,
  onTexts: (texts: string[]) => boolean,
  onProblem: (problem: ScanProblem) => void,
) {
  const [ready, setReady] = useState(false);
  const latest = useRef({ onTexts, onProblem });
  latest.current = { onTexts, onProblem };

  useEffect(() => {
    let run = 0;
    let finished = false;
    let release: () => void = () => {};

    const stop = () => {
      run += 1;
      release();
      release = () => {};
      setReady(false);
    };

    const start = async () => {
      stop();
      const mine = run;
      try {
        const { decoder, scanVideo } = await preloadScanner();
        const camera = await openCamera();
        // Stopped while the permission prompt was open: give the camera straight back.
        if (mine !== run) return camera.release();
        const element = video.current!;
        let stopScanning: () => void = () => {};
        release = () => {
          stopScanning();
          camera.release();
          element.srcObject = null;
        };
        element.srcObject = camera.stream;
        await element.play();
        if (mine !== run) return;
        setReady(true);
        stopScanning = scanVideo(element, decoder, (texts) => {
          if (!latest.current.onTexts(texts)) return;
          finished = true;
          stop();
        });
      } catch (error) {
        if (mine === run) latest.current.onProblem(error instanceof CameraError ? error.problem : 'failed');
      }
    };

    const onVisibility = () => {
      if (finished) return;
      if (document.hidden) stop();
      else void start();
    };
    document.addEventListener('visibilitychange', onVisibility);
    if (!document.hidden) void start();
    return () => {
      finished = true;
      document.removeEventListener('visibilitychange', onVisibility);
      stop();
    };
  }, [video]);

  return ready;
}
