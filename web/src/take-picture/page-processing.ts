import type { ProcessedPage } from './assemble-pdf.js';
import type { CapturedPage, PageMode } from './page-store.js';
import type { ModeJob, PageJob } from './page-worker.js';

/** One worker for a whole job list: starting a worker per page costs more than a small page. */
async function inWorker<T>(
  jobs: (PageJob | ModeJob)[],
  onEach: (done: number) => void = () => undefined,
): Promise<T[]> {
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
 * Builds the PDF on the phone: each page flattened and encoded in a worker, one after the other (a
 * cheap phone has little memory), then assembled with jsPDF, loaded only now.
 */
export async function buildDocumentPdf(
  pages: CapturedPage[],
  mode: PageMode,
  onProgress: (done: number) => void,
): Promise<Blob> {
  const processed = await inWorker<ProcessedPage>(
    pages.map((page) => ({
      kind: 'page',
      photo: page.photo,
      corners: page.corners,
      rotation: page.rotation,
      mode,
    })),
    onProgress,
  );
  const { assemblePdf } = await import('./assemble-pdf.js');
  return assemblePdf(processed);
}
