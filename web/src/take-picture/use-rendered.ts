import { useEffect, useState } from 'preact/hooks';
import { type RenderedPage, renderPage } from './page-render.js';
import type { CapturedPage, PageMode } from './page-store.js';

/** The page as it will be sent (page-render.ts), re-rendered whenever its crop, turn or mode change. */
export function useRendered(page: CapturedPage | undefined, mode: PageMode, maxWidth?: number) {
  const [rendered, setRendered] = useState<RenderedPage>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!page) return setRendered(undefined);
    let current = true;
    setFailed(false);
    renderPage(page, mode, maxWidth).then(
      (result) => current && setRendered(result),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [page, mode, maxWidth]);
  return { rendered, failed };
}
