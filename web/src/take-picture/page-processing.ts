import { pageWorkerBridge, renderPage } from './page-render.js';
import type { CapturedPage, PageMode } from './page-store.js';

/** Its own worker, so the suggestion does not wait behind the pages being rendered. */
let modeWorker: ReturnType<typeof pageWorkerBridge> | undefined;

/** The mode that suits the document, judged from its first page. */
export function suggestMode(page: CapturedPage): Promise<PageMode> {
  modeWorker ??= pageWorkerBridge();
  return modeWorker.call((worker) => worker.mode(page.photo, page.corners));
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
