import type { Signature } from './page-signature.js';
import type { Corners } from './page-store.js';

/** Frames are analysed at this width (DESIGN.md budget: ≤ 25 ms a frame at 480 px, in a worker). */
export const ANALYSIS_WIDTH = 480;

/**
 * Finds the document's outline in video frames off the main thread. At most one frame is in the
 * worker at a time: when the phone is slow, frames are skipped rather than queued.
 */
export class OutlineTracker {
  private worker = new Worker(new URL('./outline-worker.ts', import.meta.url), { type: 'module' });
  private canvas = document.createElement('canvas');
  private busy = false;

  constructor(
    private onOutline: (
      corners: Corners | null,
      frame: { width: number; height: number },
      signature?: Signature,
    ) => void,
  ) {
    this.worker.onmessage = (
      event: MessageEvent<{
        corners: Corners | null;
        signature?: Signature;
        scale: number;
        width: number;
        height: number;
      }>,
    ) => {
      this.busy = false;
      const { corners, signature, scale, width, height } = event.data;
      const scaled = corners?.map((point) => ({ x: point.x / scale, y: point.y / scale })) as
        | Corners
        | undefined;
      this.onOutline(scaled ?? null, { width, height }, signature);
    };
  }

  /** Sends the current frame of the video if the worker is free. */
  analyse(video: HTMLVideoElement) {
    if (this.busy || !video.videoWidth) return;
    const scale = ANALYSIS_WIDTH / video.videoWidth;
    const width = ANALYSIS_WIDTH;
    const height = Math.round(video.videoHeight * scale);
    this.canvas.width = width;
    this.canvas.height = height;
    const context = this.canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(video, 0, 0, width, height);
    const image = context.getImageData(0, 0, width, height);
    this.busy = true;
    this.worker.postMessage(
      {
        data: image.data,
        width,
        height,
        scale,
        videoWidth: video.videoWidth,
        videoHeight: video.videoHeight,
      },
      [image.data.buffer],
    );
  }

  stop() {
    this.worker.terminate();
  }
}
