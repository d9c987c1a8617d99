import { polygonArea } from '../capture/geometry.js';
import type { Corners } from './page-store.js';

/**
 * What automatic mode tells the citizen: 'No document found', 'Move closer', 'Hold still', then it
 * takes the picture ('capture'); after a picture, 'next' until a different page (or none) is shown,
 * so a page left under the camera is not taken twice.
 */
export type Guidance = 'none' | 'closer' | 'hold' | 'capture' | 'next';

/** Below this share of the frame, the page is too small to read at 200 dpi. */
const MIN_AREA = 0.2;
/** Corners moving less than this (share of the frame's diagonal) between frames count as still. */
const STILL = 0.015;
/** How long the outline must stay still before the picture is taken. */
const HOLD_MS = 1000;
/** After a picture, the outline must move this much (or go) before the next one. */
const NEXT_PAGE = 0.08;

export function guide() {
  let stillSince: number | undefined;
  let previous: Corners | null = null;
  let taken: Corners | null = null;
  const largestMove = (a: Corners, b: Corners) =>
    Math.max(...a.map((point, i) => Math.hypot(point.x - b[i]!.x, point.y - b[i]!.y)));
  return {
    update(corners: Corners | null, frame: { width: number; height: number }, now: number): Guidance {
      const diagonal = Math.hypot(frame.width, frame.height);
      if (taken) {
        if (corners && largestMove(corners, taken) < diagonal * NEXT_PAGE) return 'next';
        taken = null;
      }
      if (!corners) {
        stillSince = undefined;
        previous = null;
        return 'none';
      }
      const moved = previous ? largestMove(corners, previous) : Number.POSITIVE_INFINITY;
      previous = corners;
      if (polygonArea(corners) / (frame.width * frame.height) < MIN_AREA) {
        stillSince = undefined;
        return 'closer';
      }
      if (moved > diagonal * STILL) stillSince = now;
      stillSince ??= now;
      return now - stillSince >= HOLD_MS ? 'capture' : 'hold';
    },
    /** A picture was taken of this outline. */
    taken(corners: Corners | null) {
      taken = corners;
      stillSince = undefined;
      previous = null;
    },
  };
}
