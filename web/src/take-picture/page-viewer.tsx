import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../platform/i18n.js';
import type { RenderedPage } from './page-render.js';
import { pictureStrings } from './strings.js';

/**
 * One page as it will be sent, full screen: fitted to the screen, or at its actual size (one pixel of
 * the page on one pixel of the screen) to check that small print is legible. Escape closes it.
 */
export function PageViewer({
  rendered,
  label,
  onClose,
}: {
  rendered: RenderedPage;
  label: string;
  onClose(): void;
}) {
  const t = useT(pictureStrings);
  const dialog = useRef<HTMLDialogElement>(null);
  const [actual, setActual] = useState(false);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const ratio = globalThis.devicePixelRatio || 1;
  return (
    <dialog ref={dialog} class="viewer" aria-label={label} onClose={onClose}>
      <div class="viewer__bar">
        <button type="button" class="button" aria-pressed={actual} onClick={() => setActual(!actual)}>
          {actual ? t('fitScreen') : t('actualSize')}
        </button>
        <button type="button" class="button button--primary" onClick={() => dialog.current?.close()}>
          {t('close')}
        </button>
      </div>
      {/* Scrollable when at actual size: a keyboard user scrolls it with the arrow keys. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll area must be reachable by keyboard */}
      <div class={`viewer__area${actual ? ' viewer__area--actual' : ''}`} tabIndex={0}>
        <img
          src={rendered.url}
          alt={label}
          width={rendered.width}
          height={rendered.height}
          style={actual ? { width: `${rendered.width / ratio}px`, maxWidth: 'none' } : undefined}
        />
      </div>
    </dialog>
  );
}
