import { findOutline } from '../../../web/src/capture/find-outline.js';
import { quadIoU } from '../../../web/src/capture/geometry.js';
import type { Quad } from '../../../web/src/capture/raster.js';
import { deskScene, random, TEXTURED } from '../../../web/src/capture/test-scenes.js';

const PLACEMENTS = 6;

/**
 * Issue 12's robustness budget, on surfaces composed in code (no photos needed): a text page laid on
 * carpet, wood grain, bark, grass, fabric, tiles and granite at random placements (480×640 frames,
 * 3×3 samples a pixel, sensor noise), and each surface empty. Per surface: pages found with IoU ≥ 0.9,
 * partial outlines (a quad found inside the page, IoU < 0.9 — worse than none), false outlines on the
 * empty surface, and CPU ms per frame. Budget: ≥ 95 % found, no partial, none on an empty surface.
 */
export async function benchOutlineSurfaces() {
  const next = random(4242);
  const perSurface: Record<string, object> = {};
  let found = 0;
  let partial = 0;
  let frames = 0;
  let falseOutlines = 0;
  const timings: number[] = [];
  for (const desk of TEXTURED) {
    let ok = 0;
    let inside = 0;
    for (let k = 0; k < PLACEMENTS; k += 1) {
      const page = placement(next);
      const frame = deskScene({ width: 480, height: 640, desk, page, seed: 100 + k });
      const before = process.cpuUsage();
      const outline = findOutline(frame);
      const used = process.cpuUsage(before);
      timings.push((used.user + used.system) / 1000);
      const iou = outline ? quadIoU(outline.corners, page) : 0;
      if (iou >= 0.9) ok += 1;
      else if (outline) inside += 1;
    }
    const empty = findOutline(deskScene({ width: 480, height: 640, desk, seed: 9 })) !== null;
    perSurface[desk] = { found: `${ok} / ${PLACEMENTS}`, partialOrWrong: inside, falseOutlineOnEmpty: empty };
    found += ok;
    partial += inside;
    frames += PLACEMENTS;
    falseOutlines += empty ? 1 : 0;
  }
  timings.sort((a, b) => a - b);
  return {
    frames,
    foundIoU09: `${found} / ${frames}`,
    partialOrWrongOutlines: partial,
    falseOutlinesOnEmpty: `${falseOutlines} / ${TEXTURED.length}`,
    cpuMsPerFrame: {
      p50: Math.round(timings[Math.floor(timings.length / 2)]!),
      p95: Math.round(timings[Math.floor(timings.length * 0.95)]!),
    },
    perSurface,
  };
}

/** A page of A4 aspect, 45–80 % of the frame's height, turned up to ±15°, near the middle. */
function placement(next: () => number): Quad {
  const h = 640 * (0.45 + 0.35 * next());
  const w = h / Math.SQRT2;
  const cx = 240 + (next() - 0.5) * 40;
  const cy = 320 + (next() - 0.5) * 60;
  const angle = ((next() - 0.5) * 30 * Math.PI) / 180;
  return [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ].map(([sx, sy]) => {
    const x = (sx! * w) / 2;
    const y = (sy! * h) / 2;
    return {
      x: cx + x * Math.cos(angle) - y * Math.sin(angle),
      y: cy + x * Math.sin(angle) + y * Math.cos(angle),
    };
  }) as Quad;
}
