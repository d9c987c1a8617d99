import { applyHomography, homography, rectangle } from './perspective.js';
import { createRaster, type Quad, type Raster } from './raster.js';

/**
 * Images the tests compose themselves (a fresh clone has no photos): desks, and pages laid on them
 * with a known perspective, so the true corners are known to a fraction of a pixel.
 */

/** Deterministic noise: a failing scene fails the same way every run. */
export function random(seed: number) {
  let state = seed % 2147483647 || 1;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

export type Desk =
  | 'dark'
  | 'wood'
  | 'light'
  | 'blue'
  | 'gradient'
  | 'carpet'
  | 'bark'
  | 'grass'
  | 'fabric'
  | 'tiles'
  | 'granite'
  | 'white';

/** The textured surfaces of issue 12 (pages were found 57/90 times on such surfaces). */
export const TEXTURED: Desk[] = ['carpet', 'wood', 'bark', 'grass', 'fabric', 'tiles', 'granite'];

/** A fixed pseudo-random value per integer cell: texture that does not change between samples. */
function cellNoise(x: number, y: number, seed: number): number {
  const h = Math.sin(Math.floor(x) * 127.1 + Math.floor(y) * 311.7 + seed * 74.7) * 43758.5453;
  return h - Math.floor(h);
}

export type Rgb = [number, number, number];

function deskColour(desk: Desk, x: number, y: number, w: number, h: number, noise: number): Rgb {
  switch (desk) {
    case 'dark': {
      const v = 45 + noise * 30 + (20 * x) / w;
      return [v * 1.1, v, v * 0.85];
    }
    case 'wood': {
      const v = 70 + 35 * Math.sin(x / 5 + 4 * Math.sin(y / 50)) + noise * 25;
      return [v * 1.3, v, v * 0.7];
    }
    case 'light': {
      const v = 165 + noise * 20 - (25 * y) / h;
      return [v, v * 0.98, v * 0.92];
    }
    case 'blue':
      return [30 + noise * 20, 40 + noise * 20, 150 + noise * 40];
    case 'gradient': {
      const v = 40 + (180 * (x + y)) / (w + h) + noise * 8;
      return [v, v, v];
    }
    case 'carpet': {
      // Short fibres: strong texture at one or two pixels, blotches at ~30 px.
      const v =
        80 + 50 * cellNoise(x / 1.5, y / 1.5, 1) + 25 * Math.sin(x / 13) * Math.cos(y / 17) + noise * 15;
      return [v * 1.1, v * 0.8, v * 0.7];
    }
    case 'bark': {
      const ridge = Math.abs(Math.sin(x / 4 + 3 * Math.sin(y / 23) + 2 * cellNoise(x / 9, y / 40, 2)));
      const v = 40 + 80 * ridge + noise * 20;
      return [v * 1.05, v * 0.9, v * 0.75];
    }
    case 'grass': {
      const blade = Math.abs(Math.sin(x * 0.9 + 4 * Math.sin(y * 0.05 + x * 0.01)));
      const v = 50 + 110 * blade * (0.6 + 0.4 * cellNoise(x / 3, y / 12, 3)) + noise * 20;
      return [v * 0.55, v, v * 0.4];
    }
    case 'fabric': {
      const weave = Math.sign(Math.sin(x * 1.3)) * Math.sign(Math.sin(y * 1.3));
      const v = 130 + 35 * weave + 20 * Math.sin(x / 31 + y / 47) + noise * 15;
      return [v * 0.7, v * 0.75, v];
    }
    case 'tiles': {
      // Light square tiles with dark straight grout lines: rectangles everywhere.
      const grout = x % 48 < 3 || y % 48 < 3;
      const tone = 0.85 + 0.15 * cellNoise(x / 48, y / 48, 4);
      const v = grout ? 70 + noise * 20 : 175 * tone + noise * 12;
      return [v, v * 0.95, v * 0.88];
    }
    case 'white': {
      // A white desk a little greyer than the paper, lit from one side: edges of a few levels only.
      const v = 212 + noise * 8 - (14 * x) / w;
      return [v, v, v * 0.98];
    }
    case 'granite': {
      const speck = cellNoise(x / 2, y / 2, 5);
      const v = speck > 0.85 ? 30 : speck < 0.12 ? 215 : 120 + 40 * cellNoise(x / 7, y / 7, 6) + noise * 15;
      return [v, v, v * 0.97];
    }
  }
}

/** A white page with lines of "words" made of letter strokes: what a letter looks like from afar. */
export function textPage(u: number, v: number): Rgb {
  const paper: Rgb = [236, 234, 228];
  if (u < 0.1 || u > 0.9 || v < 0.08 || v > 0.92) return paper;
  const line = (v - 0.08) * 40;
  const word = Math.floor(u * 30 + Math.floor(line) * 7) % 6;
  const stroke = (u * 400) % 2 < 0.8 || (u * 400) % 6 < 1;
  return line % 1 < 0.4 && word !== 0 && stroke ? [40, 40, 45] : paper;
}

export interface SceneOptions {
  width?: number;
  height?: number;
  desk?: Desk;
  /** Where the page lies, in frame pixels (none: an empty desk). */
  page?: Quad;
  /** What is printed on the page, in its own 0–1 coordinates (default: lines of text). */
  paint?: (u: number, v: number) => Rgb;
  /** Rectangles that are not paper: dark books, a blue folder. */
  objects?: { quad: Quad; colour: Rgb }[];
  seed?: number;
}

/** Renders the desk and what lies on it, 3×3 samples a pixel so edges fall between pixels as in a photo. */
export function deskScene(options: SceneOptions): Raster {
  const width = options.width ?? 480;
  const height = options.height ?? 640;
  const desk = options.desk ?? 'dark';
  const next = random(options.seed ?? 7);
  const layers = [
    ...(options.objects ?? []).map(({ quad, colour }) => ({ quad, paint: () => colour })),
    ...(options.page ? [{ quad: options.page, paint: options.paint ?? textPage }] : []),
  ].map(({ quad, paint }) => ({ toUnit: homography(quad, rectangle(1, 1))!, paint }));
  const image = createRaster(width, height);
  const n = 3;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const noise = next();
      const sum = [0, 0, 0];
      for (let sy = 0; sy < n; sy += 1) {
        for (let sx = 0; sx < n; sx += 1) {
          const p = { x: x + (sx + 0.5) / n, y: y + (sy + 0.5) / n };
          let colour = deskColour(desk, p.x, p.y, width, height, noise);
          for (const layer of layers) {
            const q = applyHomography(layer.toUnit, p);
            if (q.x >= 0 && q.x <= 1 && q.y >= 0 && q.y <= 1) colour = layer.paint(q.x, q.y);
          }
          for (let c = 0; c < 3; c += 1) sum[c]! += colour[c]!;
        }
      }
      const i = (y * width + x) * 4;
      // Sensor noise on everything, paper included.
      const grain = (next() - 0.5) * 8;
      for (let c = 0; c < 3; c += 1) image.data[i + c] = sum[c]! / (n * n) + grain;
    }
  }
  return image;
}

/** A flat page (already cropped) for the mode tests. */
export function flatPage(kind: 'text' | 'photo' | 'grey', width: number, height: number): Raster {
  const image = createRaster(width, height);
  const next = random(11);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const u = x / width;
      const v = y / height;
      // Uneven light across the sheet, as under a desk lamp.
      const light = 0.8 + 0.2 * u;
      let colour: Rgb;
      if (kind === 'text') colour = textPage(u, v);
      else if (kind === 'photo')
        colour = [
          128 + 120 * Math.sin(u * 9),
          128 + 120 * Math.sin(v * 7 + 1),
          128 + 120 * Math.cos(u * 5 + v * 4),
        ];
      else {
        const shade = 60 + 150 * (0.5 + 0.5 * Math.sin(u * 6) * Math.cos(v * 5));
        colour = [shade, shade, shade];
      }
      const i = (y * width + x) * 4;
      const grain = (next() - 0.5) * 6;
      for (let c = 0; c < 3; c += 1) image.data[i + c] = colour[c]! * light + grain;
    }
  }
  return image;
}
