import { transfer } from 'comlink';
import { workerBridge } from '../platform/worker-bridge.js';
import type { OutlineWorker } from './outline-worker.js';
import type { Signature } from './page-signature.js';
import type { Corners } from './page-store.js';

/** Frames are analysed at this width (DESIGN.md budget: ≤ 25 ms a frame at 480 px, in a worker). */
export const ANALYSIS_WIDTH = 480;

/**
 * Finds the document's outline in video frames off the main thread. At most one frame is in the
 * worker at a time: when the phone is slow, frames are skipped rather than queued. The worker is
 * ended by `stop` (a frame still in it is abandoned), or after 10 s without frames.
 */
export class OutlineTracker {
  private bridge = workerBridge<OutlineWorker>(
    () => new Worker(new URL('./outline-worker.ts', import.meta.url), { type: 'module' }),
    { idleMs: 10_000 },
  );
  private canvas = document.createElement('canvas');
  private busy = false;
  private stopped = new AbortController();

  constructor(
    private onOutline: (
      corners: Corners | null,
      frame: { width: number; height: number },
      signature?: Signature,
    ) => void,
  ) {}

  /** Sends the current frame of the video if the worker is free. */
  analyse(video: HTMLVideoElement) {
    if (this.busy || !video.videoWidth || this.stopped.signal.aborted) return;
    const scale = ANALYSIS_WIDTH / video.videoWidth;
    const width = ANALYSIS_WIDTH;
    const height = Math.round(video.videoHeight * scale);
    const size = { width: video.videoWidth, height: video.videoHeight };
    this.canvas.width = width;
    this.canvas.height = height;
    const context = this.canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(video, 0, 0, width, height);
    const { data } = context.getImageData(0, 0, width, height);
    this.busy = true;
    this.bridge
      .call((worker) => worker.find(transfer({ data, width, height }, [data.buffer])), this.stopped.signal)
      .then(
        ({ corners, signature }) => {
          this.busy = false;
          const scaled = corners?.map((point) => ({ x: point.x / scale, y: point.y / scale })) as
            | Corners
            | undefined;
          this.onOutline(scaled ?? null, size, signature);
        },
        () => {
          // Stopped (or the worker failed: the next frame starts a new one).
          this.busy = false;
        },
      );
  }

  stop() {
    this.stopped.abort();
    this.bridge.close();
  }
}
