import type { Remote } from 'comlink';
import type { ProcessedPage } from '../pdf/build-pdf.js';
import { workerBridge } from '../platform/worker-bridge.js';
import type { CapturedPage, Corners, PageMode } from './page-store.js';
import type { PageWorker } from './page-worker.js';
import type { Quality } from './quality.js';

/** A page as it goes into the PDF (same bytes), with a URL to show it and, at full size, its verdict. */
export interface RenderedPage extends ProcessedPage {
  url: string;
  quality?: Quality;
}

/** page-worker.ts behind the bridge (platform/worker-bridge.ts), closed after 30 s without a job. */
export const pageWorkerBridge = () =>
  workerBridge<PageWorker>(
    () => new Worker(new URL('./page-worker.ts', import.meta.url), { type: 'module' }),
    { idleMs: 30_000 },
  );

/**
 * Workers, one per core (at most 4: each holds a photo's pixels, and a cheap phone has little
 * memory), render the pages the citizen sees (the strip, the review, the editor's preview), each job
 * going to the worker with the fewest waiting, one job at a time per worker; the PDF is then built
 * from the same renderings, so what is shown is exactly what is sent, and a page already shown costs
 * nothing at 'Generate'. Ten pages render side by side: 10 'Document' pages from 12-MP stills is the
 * 2 s budget.
 */
interface Lane {
  bridge: ReturnType<typeof pageWorkerBridge>;
  queue: Promise<unknown>;
  waiting: number;
}
const lanes: Lane[] = Array.from(
  {
    length: Math.max(
      1,
      Math.min(4, (typeof navigator !== 'undefined' && navigator.hardwareConcurrency) || 2),
    ),
  },
  () => ({ bridge: pageWorkerBridge(), queue: Promise.resolve(), waiting: 0 }),
);

function run<T>(job: (worker: Remote<PageWorker>) => Promise<T>): Promise<T> {
  const lane = lanes.reduce((best, lane) => (lane.waiting < best.waiting ? lane : best));
  lane.waiting += 1;
  const next = lane.queue.then(() => lane.bridge.call(job));
  lane.queue = next
    .catch(() => undefined)
    .finally(() => {
      lane.waiting -= 1;
    });
  return next;
}

const KEEP = 48;
const cache = new Map<string, Promise<RenderedPage>>();

const keyOf = (page: CapturedPage, mode: PageMode, maxWidth?: number) =>
  JSON.stringify([page.pageId, page.takenAt, page.corners, page.rotation, mode, maxWidth ?? 0]);

/**
 * The page cropped, flattened, turned and in the document's mode — at the PDF's resolution (and
 * judged, quality.ts, unless `judge` is false), or at `maxWidth` for a quick preview. A rendering
 * already made is reused as it is.
 */
export function renderPage(
  page: CapturedPage,
  mode: PageMode,
  maxWidth?: number,
  judge = true,
): Promise<RenderedPage> {
  const key = keyOf(page, mode, maxWidth);
  const known = cache.get(key);
  if (known) {
    // Most recently used last.
    cache.delete(key);
    cache.set(key, known);
    return known;
  }
  const rendering = run((worker) =>
    worker.page({
      photo: page.photo,
      corners: page.corners,
      rotation: page.rotation,
      mode,
      maxWidth,
      judge:
        maxWidth || !judge
          ? undefined
          : { detected: page.detected ?? false, photo: { width: page.width, height: page.height } },
    }),
  ).then((processed) => ({
    ...processed,
    url: URL.createObjectURL(
      new Blob([processed.bytes as Uint8Array<ArrayBuffer>], {
        type: processed.format === 'PNG' ? 'image/png' : 'image/jpeg',
      }),
    ),
  }));
  cache.set(key, rendering);
  rendering.catch(() => cache.delete(key));
  while (cache.size > KEEP) {
    const [oldest, evicted] = cache.entries().next().value!;
    cache.delete(oldest);
    void evicted.then((rendered) => URL.revokeObjectURL(rendered.url)).catch(() => undefined);
  }
  return rendering;
}

/** The outline found again in a full-resolution still, in its own pixels; null if none. */
export function outlineInStill(photo: Blob): Promise<Corners | null> {
  return run((worker) => worker.outline(photo));
}
