import { describe, expect, it } from 'vitest';
import type { Quad } from './raster.js';
import { type Guidance, Stillness } from './stillness.js';

const frame = { width: 480, height: 640 };
const page = (dx = 0, scale = 1): Quad =>
  [
    { x: 240 - 150 * scale + dx, y: 320 - 210 * scale },
    { x: 240 + 150 * scale + dx, y: 320 - 210 * scale },
    { x: 240 + 150 * scale + dx, y: 320 + 210 * scale },
    { x: 240 - 150 * scale + dx, y: 320 + 210 * scale },
  ] as Quad;

/** Feeds outlines at 10 frames a second and collects the guidance. */
function run(stillness: Stillness, outlines: (Quad | null)[], start = 0): Guidance[] {
  return outlines.map((outline, i) => stillness.update(outline, start + i * 100).guidance);
}

describe('Stillness', () => {
  it('says no document found without an outline, move closer for a small one', () => {
    const s = new Stillness(frame);
    expect(run(s, [null, null])).toEqual(['none', 'none']);
    expect(s.update(page(0, 0.3), 300).guidance).toBe('closer');
  });

  it('asks to hold still, then captures once after a second without movement', () => {
    const s = new Stillness(frame);
    const guidance = run(
      s,
      Array.from({ length: 13 }, () => page()),
    );
    expect(guidance.slice(0, 10)).toEqual(Array(10).fill('hold'));
    expect(guidance[10]).toBe('capture');
    expect(guidance.slice(11)).toEqual(['hold', 'hold']);
    expect(s.update(page(), 1300).progress).toBe(1);
  });

  it('reports progress towards the capture', () => {
    const s = new Stillness(frame);
    s.update(page(), 0);
    expect(s.update(page(1), 500).progress).toBeCloseTo(0.5);
  });

  it('starts over when the page moves, but not for a pixel of jitter', () => {
    const s = new Stillness(frame);
    const jitter = Array.from({ length: 11 }, (_, i) => page(i % 2));
    expect(run(s, jitter).at(-1)).toBe('capture');
    const moving = new Stillness(frame);
    const drift = Array.from({ length: 15 }, (_, i) => page(i * 4));
    expect(run(moving, drift)).not.toContain('capture');
  });

  it('forgives a frame without an outline, not a long absence', () => {
    const s = new Stillness(frame);
    const outlines = [...Array(6).fill(page()), null, ...Array(5).fill(page())];
    expect(run(s, outlines)).toContain('capture');
    const gone = new Stillness(frame);
    expect(run(gone, [page(), page(), null, null, null, null, page()]).slice(2)).toEqual([
      'hold',
      'hold',
      'hold',
      'none',
      'hold',
    ]);
  });

  it('captures the next page after the first is taken away', () => {
    const s = new Stillness(frame);
    run(s, Array(11).fill(page()));
    const next = run(s, [null, null, null, null, null, ...Array(11).fill(page(8))], 1100);
    expect(next.filter((g) => g === 'capture')).toHaveLength(1);
  });

  it('starts over on reset, as after a manual capture', () => {
    const s = new Stillness(frame);
    run(s, Array(8).fill(page()));
    s.reset();
    expect(run(s, Array(3).fill(page()), 800)).toEqual(['hold', 'hold', 'hold']);
  });
});
