import { renderPage } from './page-render.js';
import type { CapturedPage, PageMode } from './page-store.js';
import type { ModeJob } from './page-worker.js';

/** One worker for a whole job list: starting a worker per page costs more than a small page. */
async function inWorker<T>(jobs: ModeJob[], onEach: (done: number) => void = () => undefined): Promise<T[]> {
  const worker = new Worker(new URL('./page-worker.ts', import.meta.url), { type: 'module' });
  try {
    const results: T[] = [];
    for (const job of jobs) {
      results.push(
        await new Promise<T>((resolve, reject) => {
          worker.onmessage = (event: MessageEvent<T & { error?: string }>) =>
            event.data.error ? reject(new Error(event.data.error)) : resolve(event.data);
          worker.onerror = (event) => reject(new Error(event.message));
          worker.postMessage(job);
        }),
      );
      onEach(results.length);
    }
    return results;
  } finally {
    worker.terminate();
  }
}

/** The mode that suits the document, judged from its first page. */
export async function suggestMode(page: CapturedPage): Promise<PageMode> {
  const [answer] = await inWorker<{ mode: PageMode }>([
    { kind: 'mode', photo: page.photo, corners: page.corners },
  ]);
  return answer!.mode;
}

/**
 * Builds the PDF on the phone from the pages as the citizen saw them (page-render.ts: the same
 * renderings, already done for the pages shown), then assembles it with jsPDF, loaded only now.
 */
export async function buildDocumentPdf(
  pages: CapturedPage[],
  mode: PageMode,
  onProgress: (done: number) => void,
): Promise<Blob> {
  // All at once: the renderings spread over the workers (page-render.ts), one per core.
  let done = 0;
  const processed = await Promise.all(
    pages.map((page) =>
      // Pages were judged when taken; what is not yet rendered is only encoded here.
      renderPage(page, mode, undefined, false).then((rendered) => {
        done += 1;
        onProgress(done);
        return rendered;
      }),
    ),
  );
  const { buildPdf } = await import('../pdf/build-pdf.js');
  return buildPdf(processed, 'a4-width');
}
