import type { Corners, Point } from './page-store.js';
import type { Raster } from './raster.js';

export interface Outline {
  corners: Corners;
  /** 0–1: how sharp the page's edges are against the background. */
  confidence: number;
}

/** Below this mean edge strength along the outline, a bright region is lighting, not paper. */
const MIN_EDGE = 18;
const MIN_AREA = 0.06;
const MAX_AREA = 0.97;

/**
 * Finds the document in a small frame (~480 px wide): the paper is the largest bright, convex
 * region whose outline is a quadrilateral with sharp edges all round. Returns null rather than a
 * guess — on an empty desk, on a page that leaves the frame, on paper that does not stand out.
 */
export function findOutline(image: Raster): Outline | null {
  const { width, height } = image;
  const grey = toGrey(image);
  const histogram = histogramOf(grey);
  const otsuLevel = otsu(histogram, grey.length);
  const brightest = percentile(histogram, grey.length, 0.995);
  // Otsu's split first; on a busy or light surface the paper only separates at a brighter level.
  for (const fraction of [0, 0.35, 0.6, 0.8]) {
    const found = outlineAt(grey, width, height, Math.round(otsuLevel + (brightest - otsuLevel) * fraction));
    if (found) return found;
  }
  return null;
}

function outlineAt(grey: Uint8Array, width: number, height: number, threshold: number): Outline | null {
  const region = largestRegion(grey, width, height, threshold);
  if (!region || region.area < MIN_AREA * width * height || region.area > MAX_AREA * width * height)
    return null;
  const hull = convexHull(region.boundary);
  const corners = quadrilateral(hull);
  if (!corners) return null;
  const quadArea = polygonArea(corners);
  // Paper is convex and fills its outline; a blob of light or a shape cut by the frame does not.
  if (region.area / polygonArea(hull) < 0.9 || region.area / quadArea < 0.85 || region.area / quadArea > 1.12)
    return null;
  if (!reasonableAngles(corners)) return null;
  const edge = edgeStrength(grey, width, height, corners);
  if (edge < MIN_EDGE) return null;
  return { corners, confidence: Math.min(1, edge / 60) };
}

function histogramOf(grey: Uint8Array) {
  const histogram = new Float64Array(256);
  for (const value of grey) histogram[value]! += 1;
  return histogram;
}

function percentile(histogram: Float64Array, total: number, fraction: number) {
  let seen = 0;
  for (let level = 0; level < 256; level += 1) {
    seen += histogram[level]!;
    if (seen >= total * fraction) return level;
  }
  return 255;
}

function toGrey({ data, width, height }: Raster): Uint8Array {
  const grey = new Uint8Array(width * height);
  for (let i = 0; i < grey.length; i += 1)
    grey[i] = (data[i * 4]! * 77 + data[i * 4 + 1]! * 150 + data[i * 4 + 2]! * 29) >> 8;
  return grey;
}

/** Otsu's threshold: the grey level that best splits the frame into two classes. */
function otsu(histogram: Float64Array, total: number): number {
  let sum = 0;
  for (let i = 0; i < 256; i += 1) sum += i * histogram[i]!;
  let background = 0;
  let backgroundSum = 0;
  let best = 0;
  let threshold = 128;
  for (let t = 0; t < 256; t += 1) {
    background += histogram[t]!;
    if (background === 0) continue;
    const foreground = total - background;
    if (foreground === 0) break;
    backgroundSum += t * histogram[t]!;
    const between =
      background * foreground * (backgroundSum / background - (sum - backgroundSum) / foreground) ** 2;
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return threshold;
}

/** The largest 4-connected region brighter than the threshold, with its row-wise boundary points. */
function largestRegion(grey: Uint8Array, width: number, height: number, threshold: number) {
  const labels = new Int32Array(width * height);
  const stack = new Int32Array(width * height);
  let bestLabel = 0;
  let bestArea = 0;
  let label = 0;
  // bestArea picks the region; the area returned is the filled one.
  for (let start = 0; start < grey.length; start += 1) {
    if (labels[start] || grey[start]! <= threshold) continue;
    label += 1;
    let area = 0;
    let top = 0;
    stack[top++] = start;
    labels[start] = label;
    while (top > 0) {
      const index = stack[--top]!;
      area += 1;
      const x = index % width;
      const neighbours = [
        x > 0 ? index - 1 : -1,
        x < width - 1 ? index + 1 : -1,
        index - width,
        index + width,
      ];
      for (const next of neighbours) {
        if (next < 0 || next >= grey.length || labels[next] || grey[next]! <= threshold) continue;
        labels[next] = label;
        stack[top++] = next;
      }
    }
    if (area > bestArea) {
      bestArea = area;
      bestLabel = label;
    }
  }
  if (!bestLabel) return null;
  // Holes (text, pictures) do not matter: the leftmost and rightmost pixels of each row are enough
  // for the convex hull.
  const boundary: Point[] = [];
  let filled = 0;
  for (let y = 0; y < height; y += 1) {
    let left = -1;
    let right = -1;
    for (let x = 0; x < width; x += 1) {
      if (labels[y * width + x] !== bestLabel) continue;
      if (left < 0) left = x;
      right = x;
    }
    if (left >= 0) {
      boundary.push({ x: left, y }, { x: right + 1, y });
      filled += right + 1 - left;
    }
  }
  // The filled area counts the holes (text, pictures) as paper.
  return { area: filled, boundary };
}

/** Andrew's monotone chain. */
function convexHull(points: Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const lower: Point[] = [];
  for (const point of sorted) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, point) <= 0)
      lower.pop();
    lower.push(point);
  }
  const upper: Point[] = [];
  for (const point of sorted.reverse()) {
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, point) <= 0)
      upper.pop();
    upper.push(point);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

/**
 * The largest quadrilateral on the hull, starting from its extreme points along the diagonals and
 * along the axes (whichever encloses more), then improved one corner at a time.
 */
function quadrilateral(hull: Point[]): Corners | null {
  if (hull.length < 4) return null;
  const extreme = (score: (p: Point) => number) =>
    hull.reduce((best, p) => (score(p) > score(best) ? p : best));
  const candidates = [
    [
      extreme((p) => -p.x - p.y),
      extreme((p) => p.x - p.y),
      extreme((p) => p.x + p.y),
      extreme((p) => -p.x + p.y),
    ],
    [extreme((p) => -p.y), extreme((p) => p.x), extreme((p) => p.y), extreme((p) => -p.x)],
  ];
  let best = candidates[0]!;
  for (const candidate of candidates) if (polygonArea(candidate) > polygonArea(best)) best = candidate;
  // Each corner in turn moves to the hull point that makes the quadrilateral largest.
  for (let round = 0; round < 3; round += 1) {
    for (let corner = 0; corner < 4; corner += 1) {
      for (const point of hull) {
        const trial = [...best];
        trial[corner] = point;
        if (isConvexClockwise(trial) && polygonArea(trial) > polygonArea(best)) best = trial;
      }
    }
  }
  return order(best);
}

/** Top-left, top-right, bottom-right, bottom-left. */
function order(points: Point[]): Corners {
  const centre = { x: points.reduce((s, p) => s + p.x, 0) / 4, y: points.reduce((s, p) => s + p.y, 0) / 4 };
  const byAngle = [...points].sort(
    (a, b) => Math.atan2(a.y - centre.y, a.x - centre.x) - Math.atan2(b.y - centre.y, b.x - centre.x),
  );
  // Angles from -π: the first is towards the top-left quadrant or the left; rotate so the point with
  // the smallest x + y leads.
  const first = byAngle.reduce(
    (best, p, i) => (p.x + p.y < byAngle[best]!.x + byAngle[best]!.y ? i : best),
    0,
  );
  return [0, 1, 2, 3].map((i) => byAngle[(first + i) % 4]!) as Corners;
}

function isConvexClockwise(points: Point[]) {
  const ordered = order(points);
  let sign = 0;
  for (let i = 0; i < 4; i += 1) {
    const a = ordered[i]!;
    const b = ordered[(i + 1) % 4]!;
    const c = ordered[(i + 2) % 4]!;
    const cross = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x);
    if (cross === 0) return false;
    if (sign && Math.sign(cross) !== sign) return false;
    sign = Math.sign(cross);
  }
  return new Set(points).size === 4;
}

export function polygonArea(points: Point[]) {
  let sum = 0;
  points.forEach((point, i) => {
    const next = points[(i + 1) % points.length]!;
    sum += point.x * next.y - next.x * point.y;
  });
  return Math.abs(sum) / 2;
}

/** A photographed sheet's corners stay far from flat: refuse slivers and wild perspectives. */
function reasonableAngles(corners: Corners) {
  for (let i = 0; i < 4; i += 1) {
    const a = corners[(i + 3) % 4]!;
    const b = corners[i]!;
    const c = corners[(i + 1) % 4]!;
    const angle =
      Math.abs(Math.atan2(a.y - b.y, a.x - b.x) - Math.atan2(c.y - b.y, c.x - b.x)) * (180 / Math.PI);
    const inner = angle > 180 ? 360 - angle : angle;
    if (inner < 45 || inner > 135) return false;
  }
  return true;
}

/** Mean brightness step across the outline (inside minus outside, a few pixels each way). */
function edgeStrength(grey: Uint8Array, width: number, height: number, corners: Corners) {
  const centre = { x: corners.reduce((s, p) => s + p.x, 0) / 4, y: corners.reduce((s, p) => s + p.y, 0) / 4 };
  let total = 0;
  let samples = 0;
  let weakest = Number.POSITIVE_INFINITY;
  for (let side = 0; side < 4; side += 1) {
    const a = corners[side]!;
    const b = corners[(side + 1) % 4]!;
    let sideTotal = 0;
    let sideSamples = 0;
    for (let t = 0.1; t <= 0.9; t += 0.05) {
      const x = a.x + (b.x - a.x) * t;
      const y = a.y + (b.y - a.y) * t;
      const length = Math.hypot(centre.x - x, centre.y - y) || 1;
      const nx = (centre.x - x) / length;
      const ny = (centre.y - y) / length;
      const inside = sample(grey, width, height, x + nx * 4, y + ny * 4);
      const outside = sample(grey, width, height, x - nx * 4, y - ny * 4);
      if (inside === undefined || outside === undefined) return 0; // the page leaves the frame
      sideTotal += inside - outside;
      sideSamples += 1;
    }
    weakest = Math.min(weakest, sideTotal / sideSamples);
    total += sideTotal;
    samples += sideSamples;
  }
  // Every side must stand out, not just the average: a page cut by the frame has one weak side.
  return Math.min(total / samples, weakest * 1.5);
}

function sample(grey: Uint8Array, width: number, height: number, x: number, y: number) {
  const ix = Math.round(x);
  const iy = Math.round(y);
  if (ix < 0 || iy < 0 || ix >= width || iy >= height) return undefined;
  return grey[iy * width + ix]!;
}
