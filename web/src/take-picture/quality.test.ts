import { describe, expect, it } from 'vitest';
import type { Quad, Raster } from '../capture/raster.js';
import { flatPage, random } from '../capture/test-scenes.js';
import { blurOf, effectiveDpi, glareShare, judgePage, MAX_BLUR, MAX_GLARE, touchesEdge } from './quality.js';

/** A page at ~100 dpi (827 × 1169), the size the tests compose. */
const W = 827;
const H = 1169;

/** Three box blurs of radius r: close to a Gaussian of σ = √(r(r+1)), as a shaking hand gives. */
const blurs = new Map<Raster, Map<number, Raster>>();
/** Each blur is made once (they are slow to compute): several tests share them. */
function blurred(image: Raster, radius: number): Raster {
  const known = blurs.get(image) ?? new Map<number, Raster>();
  blurs.set(image, known);
  if (!known.has(radius)) known.set(radius, blurredOnce(image, radius));
  return known.get(radius)!;
}

function blurredOnce(image: Raster, radius: number): Raster {
  let data = new Float32Array(image.data);
  const { width, height } = image;
  const pass = (source: Float32Array, dx: number, dy: number) => {
    const out = new Float32Array(source.length);
    for (let y = 0; y < height; y += 1)
      for (let x = 0; x < width; x += 1)
        for (let c = 0; c < 4; c += 1) {
          let sum = 0;
          for (let k = -radius; k <= radius; k += 1) {
            const sx = Math.min(width - 1, Math.max(0, x + k * dx));
            const sy = Math.min(height - 1, Math.max(0, y + k * dy));
            sum += source[(sy * width + sx) * 4 + c]!;
          }
          out[(y * width + x) * 4 + c] = sum / (2 * radius + 1);
        }
    return out;
  };
  for (let i = 0; i < 3; i += 1) data = pass(pass(data, 1, 0), 0, 1);
  return { width, height, data: new Uint8ClampedArray(data) };
}

/** A hot spot clipped to white over `share` of the page, fading out around it, as a lamp on glossy paper. */
function withGlare(image: Raster, share: number): Raster {
  const data = new Uint8ClampedArray(image.data);
  const r = Math.sqrt((share * image.width * image.height) / Math.PI);
  for (let y = 0; y < image.height; y += 1)
    for (let x = 0; x < image.width; x += 1) {
      const d = Math.hypot(x - image.width * 0.6, y - image.height * 0.4);
      const light = Math.min(1, Math.max(0, 2 - d / r));
      for (let c = 0; c < 3; c += 1) {
        const i = (y * image.width + x) * 4 + c;
        data[i] = data[i]! + (255 - data[i]!) * light;
      }
    }
  return { ...image, data };
}

const text = flatPage('text', W, H);
const A4_AT = (dpi: number) => ({ width: 8.27 * dpi, height: 11.69 * dpi });

const faint = { ...text, data: text.data.map((v, i) => (i % 4 === 3 ? v : 100 + v * 0.6)) };

// Composing the blurred pages takes seconds on a busy 2-core machine: a guard, not a speed check.
describe('blurOf (the width of the edges of the print)', { timeout: 120_000 }, () => {
  it('tells a sharp page from a page smeared by a shaking hand', () => {
    const sharp = blurOf(text)!;
    const slightly = blurOf(blurred(text, 1))!;
    const smeared = blurOf(blurred(text, 2))!;
    expect(sharp).toBeLessThan(1.2);
    expect(slightly).toBeLessThan(MAX_BLUR);
    expect(smeared).toBeGreaterThan(MAX_BLUR);
    expect(blurOf(blurred(text, 3))!).toBeGreaterThan(smeared);
  });
  it('is not fooled by fine paper grain on a blurred page', () => {
    const next = random(5);
    const grain = (image: Raster) => ({
      ...image,
      data: image.data.map((v, i) =>
        i % 4 === 3 ? v : v + (Math.floor(i / 4 / image.width) % 3 ? 8 : -8) + (next() - 0.5) * 12,
      ),
    });
    expect(blurOf(grain(text))!).toBeLessThan(1.2);
    expect(blurOf(grain(blurred(text, 2)))!).toBeGreaterThan(MAX_BLUR);
  });
  it('does not depend on how dark the print is', () => {
    expect(blurOf(faint)!).toBeLessThan(1.2);
    expect(blurOf(blurred(faint, 2))!).toBeGreaterThan(MAX_BLUR);
  });
  it('does not judge a blank page', () => {
    const blank = { ...text, data: text.data.map((v, i) => (i % 4 === 3 ? v : 230 + (i % 7) / 3)) };
    expect(blurOf(blank)).toBeNull();
  });
});

describe('glareShare', () => {
  it('finds a hot spot on the page and nothing on a plain page', () => {
    expect(glareShare(text)).toBe(0);
    expect(glareShare(withGlare(text, 0.01))).toBeLessThan(MAX_GLARE);
    expect(glareShare(withGlare(text, 0.06))).toBeGreaterThan(MAX_GLARE);
  });
  it('does not call an evenly overexposed page glare', () => {
    const bright = { ...text, data: text.data.map((v, i) => (i % 4 === 3 ? v : v > 200 ? 255 : v)) };
    expect(glareShare(bright)).toBe(0);
  });
});

describe('touchesEdge and effectiveDpi', () => {
  const photo = { width: 4000, height: 3000 };
  const inside: Quad = [
    { x: 800, y: 200 },
    { x: 3100, y: 220 },
    { x: 3150, y: 2800 },
    { x: 760, y: 2780 },
  ];
  it('says a page is cut off when its outline reaches the edge of the photo', () => {
    expect(touchesEdge(inside, photo)).toBe(false);
    const cut = inside.map((p, i) => (i === 2 ? { x: p.x, y: 2999 } : p)) as Quad;
    expect(touchesEdge(cut, photo)).toBe(true);
  });
  it('measures an A4 page as dpi', () => {
    expect(effectiveDpi(A4_AT(200))).toBe(200);
    expect(effectiveDpi({ width: 448, height: 580 })).toBe(52);
  });
});

describe('judgePage', { timeout: 120_000 }, () => {
  const photo = { width: 2000, height: 2600 };
  /** An A4 page at 200 dpi in the photo, or at `dpi`. */
  const a4 = (dpi = 200, left = 100): Quad => [
    { x: left, y: 100 },
    { x: left + 8.27 * dpi, y: 100 },
    { x: left + 8.27 * dpi, y: 100 + 11.69 * dpi },
    { x: left, y: 100 + 11.69 * dpi },
  ];
  const corners = a4();
  it('passes a sharp, whole page at 200 dpi', () => {
    expect(judgePage(text, { corners, detected: true, photo }).problems).toEqual([]);
  });
  it('gives every reason that applies', () => {
    const cut = a4(90, 0);
    const verdict = judgePage(withGlare(blurred(text, 2), 0.05), { corners: cut, detected: true, photo });
    expect(verdict.problems).toEqual(['blurry', 'glare', 'cutOff', 'lowResolution']);
    // A corner placed by hand on the edge is the citizen's choice.
    expect(judgePage(text, { corners: a4(200, 0), detected: false, photo }).problems).toEqual([]);
  });
});
