import { type Channel, documentInk, pageBackground } from './document-mode.js';
import { createRaster, lumaOf, type Raster } from './raster.js';

export type PageMode = 'document' | 'grey' | 'colour';

/**
 * 'Document' mode as an RGBA image (black and white), for tests and previews; the PDF path uses
 * `documentInk` directly and packs it into a 1-bit PNG. See `document-mode.ts` for how.
 */
export function toBlackAndWhite(image: Raster): Raster {
  const { width, height } = image;
  const ink = documentInk(lumaOf(image), width, height);
  const out = createRaster(width, height);
  for (let p = 0; p < ink.length; p += 1) {
    const value = ink[p] ? 0 : 255;
    out.data[p * 4] = value;
    out.data[p * 4 + 1] = value;
    out.data[p * 4 + 2] = value;
  }
  return out;
}

/** 'Grey' mode: luma in all three channels. */
export function toGrey(image: Raster): Raster {
  const luma = lumaOf(image);
  const out = createRaster(image.width, image.height);
  for (let p = 0; p < luma.length; p += 1) {
    out.data[p * 4] = luma[p]!;
    out.data[p * 4 + 1] = luma[p]!;
    out.data[p * 4 + 2] = luma[p]!;
  }
  return out;
}

/** A pixel this far from grey (0–255, after white balance on the paper) is colour, not a tint. */
const COLOURED = 50;
/** Share of coloured pixels from which colour is worth its bytes: a figure, a stamp, a photo. */
const COLOUR_SHARE = 0.04;
/** Share of the page in continuous tones (a photo, a shaded drawing) from which 'document' would lose it. */
const PICTURE_SHARE = 0.015;
/** Light on one sheet does not fall below this share of its brightest part; a picture's tones do. */
const NO_PAPER = 0.4;
/** Blocks whose tones vary less than this (relative to the paper) are flat tints: 'document' keeps them. */
const FLAT = 0.025;

/**
 * Chooses the mode from what the (flattened) page looks like, so that the choice never loses content:
 * enough strongly coloured pixels → 'colour'; else, if more than 1.5 % of the page is continuous tone
 * (mid-tones that are not the edge of a stroke, in blocks that are not a flat tint: a photo, an
 * identity picture, a shaded drawing) → 'grey', which 'document''s dithered tints would flatten;
 * else (text, tables with shaded cells, line figures, stamps, signatures) → 'document'.
 * Measured relative to the paper's own colour and brightness, so that warm lamp light or a shadow
 * counts neither as colour nor as grey. Works on a preview of ~1000 px wide.
 */
export function choosePageMode(image: Raster): PageMode {
  const { data, width, height } = image;
  const luma = lumaOf(image);
  const { factor, paper, background, pxPerMm } = pageBackground(luma, width, height);
  const paperAt = (x: number, y: number) =>
    paper.data[
      Math.min(paper.height - 1, (y / factor) | 0) * paper.width + Math.min(paper.width - 1, (x / factor) | 0)
    ]!;
  const white = paperColour(image, luma, paperAt);
  const step = Math.max(1, Math.round(Math.sqrt((width * height) / 40_000)));
  let count = 0;
  let coloured = 0;
  for (let y = 0; y < height; y += step)
    for (let x = 0; x < width; x += step) {
      const p = (y * width + x) * 4;
      const r = (data[p]! * 255) / white[0];
      const g = (data[p + 1]! * 255) / white[1];
      const b = (data[p + 2]! * 255) / white[2];
      if (Math.max(r, g, b) - Math.min(r, g, b) > COLOURED) coloured += 1;
      count += 1;
    }
  if (coloured / count >= COLOUR_SHARE) return 'colour';
  // Paper that is nowhere near as bright in places as elsewhere is no paper: a full-page picture.
  let darkest = 255;
  let brightest = 1;
  for (const p of paper.data) {
    darkest = Math.min(darkest, p);
    brightest = Math.max(brightest, p);
  }
  if (darkest < NO_PAPER * brightest) return 'grey';
  return pictureShare(background, paper, factor, pxPerMm) > PICTURE_SHARE ? 'grey' : 'document';
}

/**
 * Share of the page that is continuous tone, read on the local background `B` (the page without its
 * strokes, ~0.5 mm blocks): in ~8 mm tiles, the tinted part (`B` < 85 % of the paper) counts when its
 * tones still vary once a plane is fitted to them. A flat shaded cell or a shadow (flat, or a
 * straight ramp across its soft edge) leaves nothing; a photo or a shaded drawing does.
 */
export function pictureShare(background: Channel, paper: Channel, factor: number, pxPerMm: number): number {
  const { width, height, data } = background;
  let sheet = 1;
  for (const p of paper.data) sheet = Math.max(sheet, p);
  const tile = Math.max(4, Math.round((8 * pxPerMm) / factor));
  let picture = 0;
  for (let ty = 0; ty < height; ty += tile)
    for (let tx = 0; tx < width; tx += tile) {
      // Least-squares plane v ≈ a + b·x + c·y through the tinted blocks of the tile.
      let n = 0;
      let sx = 0;
      let sy = 0;
      let sv = 0;
      let sxx = 0;
      let syy = 0;
      let sxy = 0;
      let sxv = 0;
      let syv = 0;
      let svv = 0;
      for (let y = ty; y < Math.min(height, ty + tile); y += 1)
        for (let x = tx; x < Math.min(width, tx + tile); x += 1) {
          const i = y * width + x;
          if (data[i]! >= 0.85 * paper.data[i]!) continue;
          const v = data[i]! / sheet;
          const u = x - tx;
          const w = y - ty;
          n += 1;
          sx += u;
          sy += w;
          sv += v;
          sxx += u * u;
          syy += w * w;
          sxy += u * w;
          sxv += u * v;
          syv += w * v;
          svv += v * v;
        }
      if (n < (tile * tile) / 4) continue;
      const residual = planeResidual(n, sx, sy, sv, sxx, syy, sxy, sxv, syv, svv);
      if (residual > FLAT) picture += n;
    }
  return (picture * factor * factor) / (width * height * factor * factor);
}

/** RMS residual of the least-squares plane through points given by their sums (centred normal equations). */
function planeResidual(
  n: number,
  sx: number,
  sy: number,
  sv: number,
  sxx: number,
  syy: number,
  sxy: number,
  sxv: number,
  syv: number,
  svv: number,
): number {
  const cxx = sxx - (sx * sx) / n;
  const cyy = syy - (sy * sy) / n;
  const cxy = sxy - (sx * sy) / n;
  const cxv = sxv - (sx * sv) / n;
  const cyv = syv - (sy * sv) / n;
  const cvv = svv - (sv * sv) / n;
  const det = cxx * cyy - cxy * cxy;
  if (Math.abs(det) < 1e-9) return Math.sqrt(Math.max(0, cvv / n));
  const b = (cxv * cyy - cyv * cxy) / det;
  const c = (cyv * cxx - cxv * cxy) / det;
  return Math.sqrt(Math.max(0, (cvv - b * cxv - c * cyv) / n));
}

/** Mean colour of the pixels that are paper (near the local paper brightness): the white balance. */
function paperColour(
  { data, width }: Raster,
  luma: Float32Array,
  paperAt: (x: number, y: number) => number,
): [number, number, number] {
  const sum = [0, 0, 0];
  let n = 0;
  for (let p = 0; p < luma.length; p += 7) {
    if (luma[p]! < paperAt(p % width, (p / width) | 0) * 0.9) continue;
    for (let c = 0; c < 3; c += 1) sum[c]! += data[p * 4 + c]!;
    n += 1;
  }
  return n ? [Math.max(1, sum[0]! / n), Math.max(1, sum[1]! / n), Math.max(1, sum[2]! / n)] : [255, 255, 255];
}
