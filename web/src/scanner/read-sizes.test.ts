import { describe, expect, it } from 'vitest';
import { FIRST_READ_SIDE, readFullFrame, wasmSides } from './read-sizes.js';

describe('readFullFrame', () => {
  it('reads a large frame in full every other frame, after the 960 px read found nothing', () => {
    const plan = Array.from({ length: 6 }, (_, frame) => readFullFrame(frame, 1920));
    expect(plan).toEqual([false, true, false, true, false, true]);
  });
  it('never re-reads a frame that the first read already saw whole', () => {
    for (const side of [640, FIRST_READ_SIDE])
      for (let frame = 0; frame < 4; frame += 1) expect(readFullFrame(frame, side)).toBe(false);
  });
  it('gives the sizes of each frame: 960 px, then in full on the first frame and every other one', () => {
    const plan = Array.from({ length: 4 }, (_, frame) => wasmSides(frame, 1920));
    expect(plan).toEqual([[960, Infinity], [960], [960, Infinity], [960]]);
    expect(wasmSides(0, 640)).toEqual([960]);
  });
});
