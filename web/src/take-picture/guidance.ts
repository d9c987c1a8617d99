import type { Corners } from './page-store.js';

export type Guidance = 'none' | 'closer' | 'hold' | 'capture';

/** Placeholder until the capture core's stillness machine is wired in. */
export function guide() {
  let stillSince: number | undefined;
  let previous: Corners | null = null;
  return {
    update(corners: Corners | null, frame: { width: number; height: number }, now: number): Guidance {
      if (!corners) {
        stillSince = undefined;
        previous = null;
        return 'none';
      }
      const area = polygonArea(corners) / (frame.width * frame.height);
      const diagonal = Math.hypot(frame.width, frame.height);
      const moved = previous
        ? Math.max(
            ...corners.map((point, i) => Math.hypot(point.x - previous![i]!.x, point.y - previous![i]!.y)),
          )
        : Infinity;
      previous = corners;
      if (area < 0.2) {
        stillSince = undefined;
        return 'closer';
      }
      if (moved > diagonal * 0.015) stillSince = now;
      stillSince ??= now;
      return now - stillSince >= 1000 ? 'capture' : 'hold';
    },
    reset() {
      stillSince = undefined;
      previous = null;
    },
  };
}

function polygonArea(corners: Corners) {
  let sum = 0;
  corners.forEach((point, i) => {
    const next = corners[(i + 1) % corners.length]!;
    sum += point.x * next.y - next.x * point.y;
  });
  return Math.abs(sum) / 2;
}
