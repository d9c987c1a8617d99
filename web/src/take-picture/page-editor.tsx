import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../platform/i18n.js';
import type { CapturedPage, Corners, Point } from './page-store.js';
import { pictureStrings } from './strings.js';

const KEY_STEP = 0.005;

/**
 * Crop and rotate one page: four draggable corners (touch, mouse, and keyboard — each corner is a
 * button moved with the arrow keys), preselected from the detected outline; quarter turns.
 */
export function PageEditor({
  page,
  number,
  onDone,
  onRetake,
}: {
  page: CapturedPage;
  number: number;
  onDone(change: { corners: Corners; rotation: number }): void;
  onRetake(): void;
}) {
  const t = useT(pictureStrings);
  const [corners, setCorners] = useState<Corners>(page.corners);
  const [rotation, setRotation] = useState(page.rotation);
  const [url, setUrl] = useState<string>();
  const stage = useRef<HTMLDivElement>(null);
  const dragging = useRef<number | undefined>(undefined);
  const names = t('cornerNames').split('|');

  useEffect(() => {
    const objectUrl = URL.createObjectURL(page.photo);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [page.photo]);

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
  return (
    <section class="editor" aria-labelledby="editor-title">
      <h1 id="editor-title">{t('editPage', { n: number })}</h1>
      <p id="crop-hint">{t('cropHint')}</p>
      <div
        ref={stage}
        class="editor__stage"
        onPointerMove={(event) => dragging.current !== undefined && move(dragging.current, toPhoto(event))}
        onPointerUp={() => {
          dragging.current = undefined;
        }}
        onPointerCancel={() => {
          dragging.current = undefined;
        }}
      >
        {url && <img class="editor__photo" src={url} alt="" width={page.width} height={page.height} />}
        <svg
          class="editor__outline"
          viewBox={`0 0 ${page.width} ${page.height}`}
          preserveAspectRatio="none"
          aria-hidden="true"
        >
          <polygon
            points={polygon}
            fill="rgb(21 101 192 / 18%)"
            stroke="#4fc3f7"
            stroke-width={Math.max(3, page.width / 250)}
          />
        </svg>
        {corners.map((point, index) => (
          <button
            key={names[index]}
            type="button"
            class="editor__handle"
            aria-label={t('corner', { name: names[index]! })}
            aria-describedby="crop-hint"
            style={{ left: `${(point.x / page.width) * 100}%`, top: `${(point.y / page.height) * 100}%` }}
            onPointerDown={(event) => {
              dragging.current = index;
              stage.current?.setPointerCapture(event.pointerId);
            }}
            onKeyDown={(event) => onKey(index, event)}
          />
        ))}
      </div>
      <p aria-live="polite">{rotation ? `${rotation * 90}°` : ''}</p>
      <div class="editor__tools">
        <button type="button" class="button" onClick={() => setRotation((rotation + 3) % 4)}>
          {t('rotateLeft')}
        </button>
        <button type="button" class="button" onClick={() => setRotation((rotation + 1) % 4)}>
          {t('rotateRight')}
        </button>
        <button type="button" class="button" onClick={onRetake}>
          {t('retake')}
        </button>
        <button type="button" class="button button--primary" onClick={() => onDone({ corners, rotation })}>
          {t('done')}
        </button>
      </div>
    </section>
  );
}
