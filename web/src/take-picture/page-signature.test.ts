import { describe, expect, it } from 'vitest';
import type { Quad, Raster } from '../capture/raster.js';
import { deskScene } from '../capture/test-scenes.js';
import { NEW_PAGE, pageSignature, signatureDistance } from './page-signature.js';

const corners: Quad = [
  { x: 110, y: 90 },
  { x: 370, y: 100 },
  { x: 380, y: 460 },
  { x: 100, y: 450 },
];
const shifted = corners.map((p) => ({ x: p.x + 0.7, y: p.y - 0.5 })) as Quad;

/** The same scene with another page of print: the lines of the first half blanked, as another letter. */
function otherPage(scene: Raster): Raster {
  const data = new Uint8ClampedArray(scene.data);
  for (let y = 100; y < 280; y += 1)
    for (let x = 130; x < 360; x += 1)
      data.fill(234, (y * scene.width + x) * 4, (y * scene.width + x) * 4 + 3);
  return { ...scene, data };
}

describe('pageSignature', () => {
  const first = deskScene({ page: corners, seed: 3 });
  it('reads the same page as the same, through sensor noise, light and a wobbling outline', () => {
    const again = deskScene({ page: corners, seed: 9 });
    const darker = { ...again, data: again.data.map((v, i) => (i % 4 === 3 ? v : v * 0.8)) };
    expect(signatureDistance(pageSignature(first, corners), pageSignature(again, shifted))).toBeLessThan(
      NEW_PAGE / 2,
    );
    expect(signatureDistance(pageSignature(first, corners), pageSignature(darker, corners))).toBeLessThan(
      NEW_PAGE / 2,
    );
  });
  it('tells another page laid in the same place', () => {
    expect(
      signatureDistance(pageSignature(first, corners), pageSignature(otherPage(first), corners)),
    ).toBeGreaterThan(NEW_PAGE);
  });
});
