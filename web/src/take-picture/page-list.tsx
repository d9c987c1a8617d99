import { useState } from 'preact/hooks';
import { useT } from '../platform/i18n.js';
import { Icon } from './icons.js';
import type { RenderedPage } from './page-render.js';
import type { CapturedPage, PageMode } from './page-store.js';
import { PageViewer } from './page-viewer.js';
import { ProblemList } from './problem-list.js';
import { pictureStrings } from './strings.js';
import { useRendered } from './use-rendered.js';

/**
 * The pages as they will be sent — cropped, flattened, turned, in the document's mode — each large,
 * with its quality warnings, a zoom to actual size, and icon buttons (with labels) to edit, reorder
 * and delete it.
 */
export function PageList({
  pages,
  mode,
  onEdit,
  onMove,
  onDelete,
}: {
  pages: CapturedPage[];
  mode: PageMode;
  onEdit(page: CapturedPage): void;
  onMove(page: CapturedPage, offset: number): void;
  onDelete(page: CapturedPage): void;
}) {
  const t = useT(pictureStrings);
  const [zoomed, setZoomed] = useState<{ rendered: RenderedPage; label: string }>();
  return (
    <>
      <ol class="pages" aria-label={t('pages')}>
        {pages.map((page, index) => {
          const hidden = <span class="visually-hidden"> ({index + 1})</span>;
          return (
            <li key={page.pageId} class="page-item">
              <h2 class="page-item__title">{t('pageOf', { n: index + 1, count: pages.length })}</h2>
              <ProcessedPage
                page={page}
                mode={mode}
                n={index + 1}
                onZoom={(rendered) => setZoomed({ rendered, label: t('pageImage', { n: index + 1 }) })}
              />
              {page.quality && page.quality.problems.length > 0 && <ProblemList quality={page.quality} />}
              <div class="page-item__actions">
                <button type="button" class="button icon-button" onClick={() => onEdit(page)}>
                  <Icon name="edit" />
                  {t('editPage', { n: index + 1 })}
                </button>
                <button
                  type="button"
                  class="button icon-button"
                  disabled={index === 0}
                  onClick={() => onMove(page, -1)}
                >
                  <Icon name="up" />
                  {t('moveEarlier')}
                  {hidden}
                </button>
                <button
                  type="button"
                  class="button icon-button"
                  disabled={index === pages.length - 1}
                  onClick={() => onMove(page, 1)}
                >
                  <Icon name="down" />
                  {t('moveLater')}
                  {hidden}
                </button>
                <button
                  type="button"
                  class="button button--danger icon-button"
                  onClick={() => onDelete(page)}
                >
                  <Icon name="delete" />
                  {t('delete')}
                  {hidden}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {zoomed && <PageViewer {...zoomed} onClose={() => setZoomed(undefined)} />}
    </>
  );
}

/** The processed page, as a button that opens it at actual size. */
function ProcessedPage({
  page,
  mode,
  n,
  onZoom,
}: {
  page: CapturedPage;
  mode: PageMode;
  n: number;
  onZoom(rendered: RenderedPage): void;
}) {
  const t = useT(pictureStrings);
  const { rendered, failed } = useRendered(page, mode);
  if (!rendered) {
    return (
      <div class="page-item__placeholder" aria-busy={!failed}>
        {failed ? '—' : t('rendering')}
      </div>
    );
  }
  return (
    <button type="button" class="page-item__zoom" onClick={() => onZoom(rendered)}>
      <img
        class="page-item__image"
        src={rendered.url}
        alt={t('pageImage', { n })}
        width={rendered.width}
        height={rendered.height}
        data-rotation={page.rotation}
      />
      <span class="page-item__zoom-label">
        <Icon name="zoom" />
        {t('zoomPage', { n })}
      </span>
    </button>
  );
}
