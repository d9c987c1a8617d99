import type { ProcessedPage } from './assemble-pdf.js';
import type { CapturedPage, PageMode } from './page-store.js';
import type { ModeJob, PageJob } from './page-worker.js';

function run<T>(job: PageJob | ModeJob): Promise<T> {
  const worker = new Worker(new URL('./page-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<T>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<T & { error?: string }>) => {
      worker.terminate();
      if (event.data.error) reject(new Error(event.data.error));
      else resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage(job);
  });
}

/** The mode that suits the document, judged from its first page. */
export async function suggestMode(page: CapturedPage): Promise<PageMode> {
  const { mode } = await run<{ mode: PageMode }>({ kind: 'mode', photo: page.photo, corners: page.corners });
  return mode;
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
  const processed: ProcessedPage[] = [];
  for (const page of pages) {
    processed.push(
      await run<ProcessedPage>({
        kind: 'page',
        photo: page.photo,
        corners: page.corners,
        rotation: page.rotation,
        mode,
      }),
    );
    onProgress(processed.length);
  }
  const { assemblePdf } = await import('./assemble-pdf.js');
  return assemblePdf(processed);
}
