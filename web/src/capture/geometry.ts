import type { Point, Quad } from './raster.js';

export function polygonArea(points: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i += 1) {
    const a = points[i]!;
    const b = points[(i + 1) % points.length]!;
    sum += a.x * b.y - b.x * a.y;
  }
  return Math.abs(sum) / 2;
}

const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/**
 * Top-left, top-right, bottom-right, bottom-left: clockwise on screen (y down), starting from the
 * corner nearest the frame's top-left, so a page held upright keeps its natural first corner.
 */
export function orderCorners(points: readonly Point[]): Quad {
  const cx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const cy = points.reduce((s, p) => s + p.y, 0) / points.length;
  const clockwise = [...points].sort(
    (a, b) => Math.atan2(a.y - cy, a.x - cx) - Math.atan2(b.y - cy, b.x - cx),
  );
  let first = 0;
  clockwise.forEach((p, i) => {
    const lead = clockwise[first]!;
    if (p.x + p.y < lead.x + lead.y) first = i;
  });
  return [0, 1, 2, 3].map((i) => clockwise[(first + i) % 4]!) as Quad;
}

/** True when the quad turns the same way at every corner (no bow tie, no dent). */
export function isConvex(quad: Quad): boolean {
  let sign = 0;
  for (let i = 0; i < 4; i += 1) {
    const turn = Math.sign(cross(quad[i]!, quad[(i + 1) % 4]!, quad[(i + 2) % 4]!));
    if (turn === 0 || (sign !== 0 && turn !== sign)) return false;
    sign = turn;
  }
  return true;
}

/** Interior angles in degrees, one per corner. */
export function cornerAngles(quad: Quad): number[] {
  return quad.map((b, i) => {
    const a = quad[(i + 3) % 4]!;
    const c = quad[(i + 1) % 4]!;
    const dot = (a.x - b.x) * (c.x - b.x) + (a.y - b.y) * (c.y - b.y);
    const norms = Math.hypot(a.x - b.x, a.y - b.y) * Math.hypot(c.x - b.x, c.y - b.y) || 1;
    return (Math.acos(Math.max(-1, Math.min(1, dot / norms))) * 180) / Math.PI;
  });
}

/** Intersection of two convex polygons (Sutherland–Hodgman), both in the same winding. */
function clip(subject: Point[], clipper: readonly Point[]): Point[] {
  let output = subject;
  const winding = Math.sign(signedArea(clipper)) || 1;
  for (let i = 0; i < clipper.length && output.length; i += 1) {
    const a = clipper[i]!;
    const b = clipper[(i + 1) % clipper.length]!;
    const inside = (p: Point) => cross(a, b, p) * winding >= 0;
    const input = output;
    output = [];
    for (let j = 0; j < input.length; j += 1) {
      const p = input[j]!;
      const q = input[(j + 1) % input.length]!;
      if (inside(p)) output.push(p);
      if (inside(p) !== inside(q)) {
        const t = cross(a, b, p) / (cross(a, b, p) - cross(a, b, q));
        output.push({ x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t });
      }
    }
  }
  return output;
}

function signedArea(points: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i += 1) {
    const a = points[i]!;
    const b = points[(i + 1) % points.length]!;
    sum += a.x * b.y - b.x * a.y;
  }
  return sum / 2;
}

/** Intersection over union of two convex quads, exactly (no pixel grid). */
export function quadIoU(a: Quad, b: Quad): number {
  const both = polygonArea(clip([...a], b));
  const either = polygonArea(a) + polygonArea(b) - both;
  return either > 0 ? both / either : 0;
}

/** Largest distance between corresponding corners. */
export function maxCornerDistance(a: Quad, b: Quad): number {
  return Math.max(...a.map((p, i) => Math.hypot(p.x - b[i]!.x, p.y - b[i]!.y)));
}
