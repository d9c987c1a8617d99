import { createRaster, type Raster } from './raster.js';
import { random } from './test-scenes.js';

/**
 * Flat pages (already cropped, as after `warpToRectangle`) composed in code for the mode tests and
 * the bench: A4 in millimetres, painted at any resolution, then "photographed" (uneven light,
 * sensor noise; 2×2 samples a pixel blend the edges). Each kind of content a civil servant must be able to read is here,
 * with the true ink mask, so a test can say how much of it survived.
 */

export type Rgb = [number, number, number];
export type Content = 'text' | 'table' | 'figure' | 'photo' | 'stamp' | 'signature' | 'faint';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ComposedPage {
  image: Raster;
  /** 1 where the page was printed with ink (text, lines, strokes), before the photo's blur and noise. */
  ink: Uint8Array;
  pxPerMm: number;
  /** Areas in millimetres the tests look at: flat shaded cells (inside, away from text), photos… */
  regions: {
    shadedCells: Rect[];
    photos: Rect[];
    thinLines: { from: [number, number]; to: [number, number] }[];
    text: Rect[];
    faint: Rect[];
  };
}

const PAPER: Rgb = [238, 236, 230];
const INK: Rgb = [35, 35, 40];

interface Painter {
  box: Rect;
  paint: (x: number, y: number) => { colour: Rgb; ink: boolean } | null;
}

/** Letter-like strokes: a stem and bars, from a hash of the character's position. */
function glyphs(box: Rect, size: number, colour: Rgb, seed: number): Painter {
  const pitch = size * 1.6;
  return {
    box,
    paint(x, y) {
      const line = Math.floor((y - box.y) / pitch);
      const inLine = (y - box.y) / pitch - line;
      if (inLine > size / pitch) return null;
      const cell = size * 0.62;
      const column = Math.floor((x - box.x) / cell);
      const u = (x - box.x) / cell - column;
      const v = inLine * (pitch / size);
      const hash = Math.sin((line + 1) * 12.9898 + (column + seed) * 78.233) * 43758.5453;
      const h = hash - Math.floor(hash);
      if (h < 0.16) return null; // a space between words
      const stroke = 0.13;
      const stem = u > 0.12 && u < 0.12 + stroke / 0.62;
      const bar =
        u > 0.12 && u < 0.8 && (h < 0.5 ? Math.abs(v - 0.1) < stroke / 2 : Math.abs(v - 0.9) < stroke / 2);
      const second = h > 0.7 && u > 0.62 && u < 0.62 + stroke / 0.62;
      return stem || bar || second ? { colour, ink: true } : null;
    },
  };
}

function inside(r: Rect, x: number, y: number) {
  return x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h;
}

function segmentDistance(x: number, y: number, [ax, ay]: [number, number], [bx, by]: [number, number]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

/** The painters of a page holding `contents`, top to bottom, and the regions the tests look at. */
function layout(contents: Content[], shade: number) {
  const painters: Painter[] = [];
  const regions: ComposedPage['regions'] = {
    shadedCells: [],
    photos: [],
    thinLines: [],
    text: [],
    faint: [],
  };
  painters.push(glyphs({ x: 20, y: 15, w: 120, h: 8 }, 6, INK, 1)); // a heading
  let next = 32;
  for (const content of contents) {
    const top = next;
    if (content === 'text') {
      regions.text.push({ x: 20, y: top, w: 170, h: 40 });
      painters.push(glyphs(regions.text.at(-1)!, 2.6, INK, top));
    }
    if (content === 'faint') {
      // Pencil, or a faded print: ~75 % of the paper's brightness.
      regions.faint.push({ x: 20, y: top, w: 170, h: 20 });
      painters.push(glyphs(regions.faint.at(-1)!, 2.6, [178, 178, 180], top));
    }
    if (content === 'table') {
      const table = { x: 20, y: top, w: 170, h: 48 };
      const rowH = 8;
      const columns = [20, 70, 120, 190];
      const grey: Rgb = [shade, shade, shade];
      for (let c = 0; c < 3; c += 1) {
        const cell = { x: columns[c]!, y: top, w: columns[c + 1]! - columns[c]!, h: rowH };
        regions.shadedCells.push({ x: cell.x + 22, y: cell.y + 1.5, w: cell.w - 25, h: rowH - 3 });
        painters.push(glyphs({ x: cell.x + 2, y: cell.y + 2.6, w: 18, h: 3 }, 2.6, INK, c));
        painters.push({ box: cell, paint: () => ({ colour: grey, ink: false }) });
      }
      for (let r = 1; r < 6; r += 1)
        for (let c = 0; c < 3; c += 1)
          painters.push(
            glyphs({ x: columns[c]! + 2, y: top + r * rowH + 2.6, w: 30, h: 3 }, 2.6, INK, r * 3 + c),
          );
      const line = 0.25;
      painters.unshift({
        box: table,
        paint(x, y) {
          const horizontal = Math.abs(((y - top + rowH / 2) % rowH) - rowH / 2) < line / 2;
          const vertical = columns.some((cx) => Math.abs(x - cx) < line / 2);
          return horizontal || vertical || x > table.x + table.w - line ? { colour: INK, ink: true } : null;
        },
      });
    }
    if (content === 'figure') {
      const box = { x: 20, y: top, w: 170, h: 50 };
      const lines: [[number, number], [number, number]][] = [
        [
          [25, top + 45],
          [95, top + 5],
        ],
        [
          [25, top + 45],
          [100, top + 45],
        ],
        [
          [110, top + 10],
          [185, top + 40],
        ],
      ];
      regions.thinLines.push(...lines.map(([from, to]) => ({ from, to })));
      painters.unshift({
        box,
        paint(x, y) {
          if (lines.some(([a, b]) => segmentDistance(x, y, a, b) < 0.09)) return { colour: INK, ink: true };
          const r = Math.hypot(x - 150, y - (top + 25));
          if (Math.abs(r - 15) < 0.15) return { colour: INK, ink: true };
          if (r < 15) return { colour: [205, 205, 205], ink: false }; // a filled shape
          return null;
        },
      });
    }
    if (content === 'photo') {
      const box = { x: 60, y: top, w: 90, h: 50 };
      regions.photos.push(box);
      painters.push({
        box,
        paint(x, y) {
          const u = (x - box.x) / box.w;
          const v = (y - box.y) / box.h;
          const sky = 150 + 80 * v + 20 * Math.sin(u * 11);
          const hill = v > 0.55 + 0.15 * Math.sin(u * 6) ? 0.45 + 0.2 * Math.sin(u * 40 + v * 13) : 1;
          const face = Math.hypot(u - 0.3, v - 0.4) < 0.18 ? 0.75 + 0.25 * Math.cos(u * 30) : 1;
          const g = sky * hill * face;
          return { colour: [g * 1.05, g, g * 0.8], ink: false };
        },
      });
    }
    if (content === 'stamp') {
      const box = { x: 120, y: top, w: 40, h: 40 };
      painters.unshift({
        box,
        paint(x, y) {
          const r = Math.hypot(x - 140, y - (top + 20));
          return Math.abs(r - 17) < 0.8 || Math.abs(r - 13) < 0.4
            ? { colour: [190, 40, 50], ink: true }
            : null;
        },
      });
      painters.push(glyphs({ x: 129, y: top + 17, w: 22, h: 4 }, 3, [190, 40, 50], 9));
    }
    if (content === 'signature') {
      const box = { x: 30, y: top, w: 70, h: 25 };
      painters.unshift({
        box,
        paint(x, y) {
          const u = (x - box.x) / box.w;
          const curve = top + 12 + 8 * Math.sin(u * 17) * Math.cos(u * 5);
          return Math.abs(y - curve) < 0.35 ? { colour: [30, 50, 140], ink: true } : null;
        },
      });
    }
    next += content === 'faint' ? 24 : 56;
  }
  return { painters, regions };
}

export interface ComposeOptions {
  pxPerMm?: number;
  /** Grey of the shaded header cells, 0–255 (paper is ~236). */
  shade?: number;
  /** Sensor noise, ± levels. */
  noise?: number;
  /** Light falling off across the sheet: 1 = even. */
  lightFalloff?: number;
  seed?: number;
}

/** An A4 page holding `contents`, painted at `pxPerMm` (2×2 samples a pixel) and photographed. */
export function composePage(contents: Content[], options: ComposeOptions = {}): ComposedPage {
  const pxPerMm = options.pxPerMm ?? 4;
  const width = Math.round(210 * pxPerMm);
  const height = Math.round(297 * pxPerMm);
  const { painters, regions } = layout(contents, options.shade ?? 175);
  const image = createRaster(width, height);
  const ink = new Uint8Array(width * height);
  const grain = random(options.seed ?? 5);
  const falloff = options.lightFalloff ?? 0.8;
  const noise = options.noise ?? 10;
  const n = 2;
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) {
      const sum = [0, 0, 0];
      let inked = 0;
      for (let sy = 0; sy < n; sy += 1)
        for (let sx = 0; sx < n; sx += 1) {
          const mx = (x + (sx + 0.5) / n) / pxPerMm;
          const my = (y + (sy + 0.5) / n) / pxPerMm;
          let colour = PAPER;
          for (const painter of painters) {
            if (!inside(painter.box, mx, my)) continue;
            const hit = painter.paint(mx, my);
            if (hit) {
              colour = hit.colour;
              if (hit.ink) inked += 1;
              break;
            }
          }
          for (let c = 0; c < 3; c += 1) sum[c]! += colour[c]!;
        }
      // Light from the top left, as from a window: the far corner gets `falloff` of it.
      const light = 1 - (1 - falloff) * ((x / width + y / height) / 2);
      const noiseAt = (grain() - 0.5) * noise;
      const i = (y * width + x) * 4;
      for (let c = 0; c < 3; c += 1) image.data[i + c] = (sum[c]! / (n * n)) * light + noiseAt;
      if (inked * 2 >= n * n) ink[y * width + x] = 1;
    }
  return { image, ink, pxPerMm, regions };
}
