import { polygonArea } from '../capture/geometry.js';
import { NEW_PAGE, type Signature, signatureDistance } from './page-signature.js';
import type { Corners } from './page-store.js';

/**
 * What automatic mode tells the citizen: 'No document found', 'Move closer', 'Hold still', then it
 * takes the picture ('capture'); after a picture, 'next' until a different page (or none) is shown,
 * so a page left under the camera is not taken twice. A different page is one whose outline moved,
 * or — for a stack, where the next sheet is laid exactly on the last — whose print changed.
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
/**
 * Between two frames, print changing more than this means something is moving over the page (a
 * hand, the next sheet sliding in): not still yet. Looser than NEW_PAGE, since frames are noisy.
 */
const CONTENT_STILL = NEW_PAGE * 0.8;

interface Seen {
  corners: Corners;
  signature?: Signature;
}

export function guide() {
  let stillSince: number | undefined;
  let previous: Seen | null = null;
  let taken: Seen | null = null;
  const largestMove = (a: Corners, b: Corners) =>
    Math.max(...a.map((point, i) => Math.hypot(point.x - b[i]!.x, point.y - b[i]!.y)));
  const differs = (a: Signature | undefined, b: Signature | undefined, limit: number) =>
    Boolean(a && b && signatureDistance(a, b) > limit);
  return {
    update(
      corners: Corners | null,
      frame: { width: number; height: number },
      now: number,
      signature?: Signature,
    ): Guidance {
      const diagonal = Math.hypot(frame.width, frame.height);
      if (taken) {
        const samePlace = corners && largestMove(corners, taken.corners) < diagonal * NEXT_PAGE;
        if (samePlace && !differs(signature, taken.signature, NEW_PAGE)) {
          // The page just taken, still there (or back after a hand passed over it).
          stillSince = undefined;
          previous = null;
          return 'next';
        }
        // A stack: same place, new print. Hold on to `taken` until this one is captured, so that a
        // hand passing over the old page does not count as a new page once it has gone.
        if (!samePlace) taken = null;
      }
      if (!corners) {
        stillSince = undefined;
        previous = null;
        return 'none';
      }
      const moved =
        !previous ||
        largestMove(corners, previous.corners) > diagonal * STILL ||
        differs(signature, previous.signature, CONTENT_STILL);
      previous = { corners, signature };
      if (polygonArea(corners) / (frame.width * frame.height) < MIN_AREA) {
        stillSince = undefined;
        return 'closer';
      }
      if (moved) stillSince = now;
      stillSince ??= now;
      return now - stillSince >= HOLD_MS ? 'capture' : 'hold';
    },
    /** A picture was taken of this outline (and of this print). */
    taken(corners: Corners | null, signature?: Signature) {
      taken = corners ? { corners, signature } : null;
      stillSince = undefined;
      previous = null;
    },
  };
}
