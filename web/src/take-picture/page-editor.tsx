import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../platform/i18n.js';
import { Icon } from './icons.js';
import type { CapturedPage, Corners, PageMode, Point } from './page-store.js';
import { pictureStrings } from './strings.js';
import { useRendered } from './use-rendered.js';

const KEY_STEP = 0.005;
/** The live preview is rendered small, so that it follows the corners as they move. */
const PREVIEW_WIDTH = 480;
const MAGNIFY = 3;

/**
 * Crop and rotate one page: four corner rings (the corner shows through them; touch, mouse, and
 * keyboard — each ring is a button moved with the arrow keys), a magnifier while dragging, and the
 * page as it will be sent beside the photo, turning and re-cropping as the citizen works.
 */
export function PageEditor({
  page,
  number,
  mode,
  onDone,
  onRetake,
}: {
  page: CapturedPage;
  number: number;
  mode: PageMode;
  onDone(change: { corners: Corners; rotation: number }): void;
  onRetake(): void;
}) {
  const t = useT(pictureStrings);
  const [corners, setCorners] = useState<Corners>(page.corners);
  const [rotation, setRotation] = useState(page.rotation);
  const [url, setUrl] = useState<string>();
  const [dragged, setDragged] = useState<number>();
  // Read by pointer events that may arrive before the next render.
  const draggedRef = useRef<number | undefined>(undefined);
  const drag = (index: number | undefined) => {
    draggedRef.current = index;
    setDragged(index);
  };
  // The preview follows the corners once they settle (a drag renders once, at the end).
  const [settled, setSettled] = useState<Corners>(page.corners);
  const stage = useRef<HTMLDivElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const names = t('cornerNames').split('|');

  // Opened from a long page list: start at the top, with the screen reader on the editor's title.
  useEffect(() => {
    window.scrollTo(0, 0);
    title.current?.focus({ preventScroll: true });
  }, []);
  useEffect(() => {
    const objectUrl = URL.createObjectURL(page.photo);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [page.photo]);
  useEffect(() => {
    if (dragged !== undefined) return;
    const timer = setTimeout(() => setSettled(corners), 150);
    return () => clearTimeout(timer);
  }, [corners, dragged]);
  // Rendered upright; the turn is shown at once by the browser, not by a new rendering.
  const preview = useRendered({ ...page, corners: settled, rotation: 0 }, mode, PREVIEW_WIDTH);

  const move = (index: number, point: Point) =>
    setCorners((current) => {
      const next = [...current] as Corners;
      next[index] = {
        x: Math.max(0, Math.min(page.width, point.x)),
        y: Math.max(0, Math.min(page.height, point.y)),
      };
      return next;
    });

  const toPhoto = (event: PointerEvent): Point => {
    const box = stage.current!.getBoundingClientRect();
    return {
      x: ((event.clientX - box.left) / box.width) * page.width,
      y: ((event.clientY - box.top) / box.height) * page.height,
    };
  };

  const onKey = (index: number, event: KeyboardEvent) => {
    const step = (event.shiftKey ? 4 : 1) * KEY_STEP;
    const delta = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[event.key];
    if (!delta) return;
    event.preventDefault();
    const point = corners[index]!;
    move(index, { x: point.x + delta[0]! * step * page.width, y: point.y + delta[1]! * step * page.height });
  };

  const polygon = corners.map((point) => `${point.x},${point.y}`).join(' ');
  const held = dragged === undefined ? undefined : corners[dragged]!;
  const stroke = Math.max(2, page.width / 400);
  return (
    <section class="editor" aria-labelledby="editor-title">
      <h1 id="editor-title" ref={title} tabIndex={-1}>
        {t('editPage', { n: number })}
      </h1>
      <p id="crop-hint">{t('cropHint')}</p>
      <div class="editor__panes">
        <div
          ref={stage}
          class="editor__stage"
          onPointerMove={(event) => {
            const index = draggedRef.current;
            if (index !== undefined) move(index, toPhoto(event));
          }}
          onPointerUp={() => drag(undefined)}
          onPointerCancel={() => drag(undefined)}
        >
          {url && <img class="editor__photo" src={url} alt="" width={page.width} height={page.height} />}
          <svg
            class="editor__outline"
            viewBox={`0 0 ${page.width} ${page.height}`}
            preserveAspectRatio="none"
            aria-hidden="true"
          >
            <polygon points={polygon} fill="rgb(21 101 192 / 12%)" stroke="#4fc3f7" stroke-width={stroke} />
          </svg>
          {corners.map((point, index) => (
            <button
              key={names[index]}
              type="button"
              class={`editor__handle${dragged === index ? ' editor__handle--held' : ''}`}
              aria-label={t('corner', { name: names[index]! })}
              aria-describedby="crop-hint"
              style={{ left: `${(point.x / page.width) * 100}%`, top: `${(point.y / page.height) * 100}%` }}
              onPointerDown={(event) => {
                drag(index);
                stage.current?.setPointerCapture(event.pointerId);
              }}
              onKeyDown={(event) => onKey(index, event)}
            />
          ))}
          {held && url && (
            // The corner under the finger, three times larger, in the top corner away from it.
            <div
              class={`editor__magnifier${held.x < page.width / 2 ? ' editor__magnifier--right' : ''}`}
              aria-hidden="true"
              style={{
                backgroundImage: `url(${url})`,
                backgroundSize: `${MAGNIFY * 100}% auto`,
                backgroundPosition: `${(held.x / page.width) * 100}% ${(held.y / page.height) * 100}%`,
              }}
            />
          )}
        </div>
        <figure class="editor__preview">
          <figcaption>{t('preview')}</figcaption>
          <div class="editor__preview-frame">
            {preview.rendered ? (
              <img
                src={preview.rendered.url}
                alt={t('pageImage', { n: number })}
                width={preview.rendered.width}
                height={preview.rendered.height}
                style={{ transform: `rotate(${rotation * 90}deg)` }}
              />
            ) : (
              <p aria-busy="true">{t('rendering')}</p>
            )}
          </div>
        </figure>
      </div>
      <p class="visually-hidden" aria-live="polite">
        {rotation ? t('turned', { degrees: rotation * 90 }) : ''}
      </p>
      <div class="editor__tools">
        <button type="button" class="button icon-button" onClick={() => setRotation((rotation + 3) % 4)}>
          <Icon name="rotateLeft" />
          {t('rotateLeft')}
        </button>
        <button type="button" class="button icon-button" onClick={() => setRotation((rotation + 1) % 4)}>
          <Icon name="rotateRight" />
          {t('rotateRight')}
        </button>
        <button type="button" class="button icon-button" onClick={onRetake}>
          <Icon name="camera" />
          {t('retake')}
        </button>
        <button type="button" class="button button--primary" onClick={() => onDone({ corners, rotation })}>
          {t('done')}
        </button>
      </div>
    </section>
  );
}
