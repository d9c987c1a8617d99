import { useEffect, useState } from 'preact/hooks';
import { useT } from '../platform/i18n.js';
import type { CapturedPage } from './page-store.js';
import { pictureStrings } from './strings.js';

/** The page strip: each page with its crop, and buttons to edit, reorder and delete it. */
export function PageList({
  pages,
  onEdit,
  onMove,
  onDelete,
}: {
  pages: CapturedPage[];
  onEdit(page: CapturedPage): void;
  onMove(page: CapturedPage, offset: number): void;
  onDelete(page: CapturedPage): void;
}) {
  const t = useT(pictureStrings);
  return (
    <ol class="pages" aria-label={t('pages')}>
      {pages.map((page, index) => (
        <li key={page.pageId} class="page-item">
          <PageThumbnail page={page} label={t('pageOf', { n: index + 1, count: pages.length })} />
          <div>
            <strong>{t('pageOf', { n: index + 1, count: pages.length })}</strong>
            <div class="page-item__actions">
              <button type="button" class="button" onClick={() => onEdit(page)}>
                {t('editPage', { n: index + 1 })}
              </button>
              <button type="button" class="button" disabled={index === 0} onClick={() => onMove(page, -1)}>
                {t('moveEarlier')}
                <span class="visually-hidden"> ({index + 1})</span>
              </button>
              <button
                type="button"
                class="button"
                disabled={index === pages.length - 1}
                onClick={() => onMove(page, 1)}
              >
                {t('moveLater')}
                <span class="visually-hidden"> ({index + 1})</span>
              </button>
              <button type="button" class="button button--danger" onClick={() => onDelete(page)}>
                {t('delete')}
                <span class="visually-hidden"> ({index + 1})</span>
              </button>
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}

/** The photo with its crop outline, turned as the page will be. */
function PageThumbnail({ page, label }: { page: CapturedPage; label: string }) {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    const objectUrl = URL.createObjectURL(page.photo);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [page.photo]);
  const polygon = page.corners.map((point) => `${point.x},${point.y}`).join(' ');
  return (
    <svg
      class="page-item__thumb"
      viewBox={`0 0 ${page.width} ${page.height}`}
      role="img"
      aria-label={label}
      style={{ transform: `rotate(${page.rotation * 90}deg)` }}
    >
      {url && <image href={url} width={page.width} height={page.height} />}
      <polygon points={polygon} fill="none" stroke="#1565c0" stroke-width={Math.max(4, page.width / 120)} />
    </svg>
  );
}
