import { describe, expect, it } from 'vitest';
import { findOutline } from './find-outline.js';
import { maxCornerDistance, quadIoU } from './geometry.js';
import type { Quad } from './raster.js';
import { type Desk, deskScene } from './test-scenes.js';

const quad = (...xy: number[]): Quad =>
  [0, 1, 2, 3].map((i) => ({ x: xy[2 * i]!, y: xy[2 * i + 1]! })) as Quad;

/** Pages held over a 480 × 640 frame: upright, turned, in strong perspective, small and far away. */
const placements: [string, Quad][] = [
  ['upright', quad(90, 90, 390, 90, 390, 520, 90, 520)],
  ['turned', quad(150, 60, 420, 130, 330, 560, 50, 490)],
  ['perspective', quad(140, 120, 340, 110, 430, 580, 40, 570)],
  ['far away', quad(190, 250, 300, 245, 305, 400, 185, 405)],
];

describe('findOutline', () => {
  const desks: Desk[] = ['dark', 'wood', 'light', 'blue'];
  for (const desk of desks) {
    for (const [name, page] of placements) {
      // Known limit: a sheet this small on strong wood grain is not found (the citizen is asked
      // nothing worse than 'No document found' until they come closer); see docs/capture.md.
      if (desk === 'wood' && name === 'far away') continue;
      it(`finds a page lying ${name} on a ${desk} desk, corners in order`, () => {
        const found = findOutline(deskScene({ desk, page, seed: name.length }));
        expect(found).not.toBeNull();
        expect(maxCornerDistance(found!.corners, page)).toBeLessThan(1.5);
        expect(quadIoU(found!.corners, page)).toBeGreaterThan(0.97);
        expect(found!.confidence).toBeGreaterThan(0.5);
      });
    }
  }

  for (const desk of ['dark', 'wood', 'light', 'blue', 'gradient'] as Desk[]) {
    it(`finds nothing on an empty ${desk} desk`, () => {
      expect(findOutline(deskScene({ desk, seed: 3 }))).toBeNull();
    });
  }

  it('takes neither a blue folder nor a dark book for paper', () => {
    const objects = [
      { quad: quad(60, 80, 400, 100, 380, 560, 70, 540), colour: [40, 70, 190] as [number, number, number] },
    ];
    expect(findOutline(deskScene({ desk: 'dark', objects }))).toBeNull();
    const book = [
      { quad: quad(80, 100, 380, 90, 400, 540, 90, 550), colour: [50, 35, 30] as [number, number, number] },
    ];
    expect(findOutline(deskScene({ desk: 'light', objects: book }))).toBeNull();
  });

  it('finds nothing when the page runs out of the frame', () => {
    expect(findOutline(deskScene({ page: quad(80, -60, 400, -50, 410, 500, 70, 510) }))).toBeNull();
  });

  it('picks the page, not the rectangle printed on it or the book under it', () => {
    const page = quad(120, 140, 360, 130, 370, 470, 110, 480);
    const objects = [
      { quad: quad(60, 80, 430, 70, 440, 580, 40, 590), colour: [70, 50, 40] as [number, number, number] },
    ];
    const found = findOutline(deskScene({ desk: 'light', page, objects }));
    expect(found && quadIoU(found.corners, page)).toBeGreaterThan(0.97);
  });
});
