import { useT } from '../platform/i18n.js';
import type { CapturedPage, PageMode } from './page-store.js';
import { pictureStrings } from './strings.js';
import { useRendered } from './use-rendered.js';

/** The last page taken, as it will be sent, with the number of pages: a tap opens the pages. */
export function LastPage({
  page,
  mode,
  count,
  onOpen,
}: {
  page?: CapturedPage;
  mode: PageMode;
  count: number;
  onOpen(): void;
}) {
  const t = useT(pictureStrings);
  const { rendered } = useRendered(page, mode);
  if (!page) return <span class="camera__count">{t('pagesTaken', { count })}</span>;
  return (
    <button type="button" class="camera__last" onClick={onOpen}>
      {rendered ? <img src={rendered.url} alt="" /> : <span class="camera__last-empty" />}
      <span class="camera__badge" aria-hidden="true">
        {count}
      </span>
      <span class="visually-hidden">
        {t('lastPage')} ({t('pagesTaken', { count })})
      </span>
    </button>
  );
}
