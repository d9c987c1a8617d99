import { describe, expect, it } from 'vitest';
import { findOutline } from './find-outline.js';
import type { Corners } from './page-store.js';
import { type Desk, iou, scene } from './test-scenes.js';

const quad = (points: number[][]): Corners => points.map(([x, y]) => ({ x: x!, y: y! })) as Corners;

const placements: [string, Corners][] = [
  [
    'straight',
    quad([
      [140, 40],
      [340, 40],
      [340, 320],
      [140, 320],
    ]),
  ],
  [
    'turned and tilted',
    quad([
      [160, 30],
      [350, 62],
      [318, 335],
      [112, 300],
    ]),
  ],
  [
    'strong perspective',
    quad([
      [175, 55],
      [305, 50],
      [380, 330],
      [95, 335],
    ]),
  ],
  [
    'turned the other way',
    quad([
      [110, 70],
      [300, 28],
      [372, 290],
      [170, 338],
    ]),
  ],
];

const desks: Desk[] = ['dark', 'wood', 'grey-noise'];

describe('finding the document in a frame', () => {
  for (const desk of desks) {
    for (const [name, corners] of placements) {
      it(`finds a ${name} page on a ${desk} desk (IoU ≥ 0.9, corners within 2 % of the diagonal)`, () => {
        const frame = scene({ desk, corners });
        const found = findOutline(frame);
        expect(found).not.toBeNull();
        expect(iou(found!.corners, corners, frame.width, frame.height)).toBeGreaterThanOrEqual(0.9);
        const diagonal = Math.hypot(frame.width, frame.height);
        found!.corners.forEach((point, i) => {
          expect(Math.hypot(point.x - corners[i]!.x, point.y - corners[i]!.y)).toBeLessThan(diagonal * 0.02);
        });
      });
    }
  }

  for (const desk of [...desks, 'gradient'] as Desk[]) {
    it(`finds nothing on an empty ${desk} desk`, () => {
      for (const seed of [1, 2, 3]) expect(findOutline(scene({ desk, seed }))).toBeNull();
    });
  }

  it('finds nothing when the page leaves the frame', () => {
    const cut = quad([
      [200, -60],
      [520, -20],
      [500, 300],
      [180, 280],
    ]);
    expect(findOutline(scene({ corners: cut }))).toBeNull();
  });

  it('finds nothing in a page too small to read', () => {
    const tiny = quad([
      [220, 160],
      [250, 160],
      [250, 200],
      [220, 200],
    ]);
    expect(findOutline(scene({ corners: tiny }))).toBeNull();
  });
});
