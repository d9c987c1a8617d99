import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { findOutline } from '../../../web/src/capture/find-outline.js';
import { quadIoU } from '../../../web/src/capture/geometry.js';
import type { Quad, Raster } from '../../../web/src/capture/raster.js';
import { deskScene, random, TEXTURED } from '../../../web/src/capture/test-scenes.js';
import { must } from '../../test/must.js';
import { loadOpenCv, opencvOutline } from './opencv-outline.js';

const PLACEMENTS = 6;

/**
 * Issue 12's robustness budget, on surfaces composed in code (no photos needed): a text page laid on
 * carpet, wood grain, bark, grass, fabric, tiles and granite at random placements (480×640 frames,
 * 3×3 samples a pixel, sensor noise), and each surface empty. Per surface: pages found with IoU ≥ 0.9,
 * partial outlines (a quad found inside the page, IoU < 0.9 — worse than none), false outlines on the
 * empty surface, and CPU ms per frame. Budget: ≥ 95 % found, no partial, none on an empty surface.
 */
export async function benchOutlineSurfaces() {
  const cv = await loadOpenCv().catch((error: Error) => ({ failed: String(error) }));
  const peers: Finder[] = [{ name: 'ours', find: (frame) => findOutline(frame)?.corners ?? null }];
  if (!('failed' in cv)) peers.push({ name: 'opencvJs', find: (frame) => opencvOutline(cv.cv, frame) });
  const next = random(4242);
  const runs = peers.map((peer) => ({
    peer,
    tally: {
      perSurface: {} as Record<string, object>,
      found: 0,
      partial: 0,
      falseOutlines: 0,
      timings: [] as number[],
    },
  }));
  let frames = 0;
  for (const desk of TEXTURED) {
    const scenes = Array.from({ length: PLACEMENTS }, (_, k) => {
      const page = placement(next);
      return { page, frame: deskScene({ width: 480, height: 640, desk, page, seed: 100 + k }) };
    });
    const empty = deskScene({ width: 480, height: 640, desk, seed: 9 });
    frames += PLACEMENTS;
    for (const { peer, tally } of runs) {
      let ok = 0;
      let inside = 0;
      for (const { page, frame } of scenes) {
        const { quad, ms } = timed(peer, frame);
        tally.timings.push(ms);
        const iou = quad ? quadIoU(quad, page) : 0;
        if (iou >= 0.9) ok += 1;
        else if (quad) inside += 1;
      }
      const falseOutline = peer.find(empty) !== null;
      tally.perSurface[desk] = {
        found: `${ok} / ${PLACEMENTS}`,
        partialOrWrong: inside,
        falseOutlineOnEmpty: falseOutline,
      };
      tally.found += ok;
      tally.partial += inside;
      tally.falseOutlines += falseOutline ? 1 : 0;
    }
  }
  const report: Record<string, unknown> = { frames, loadAverage: loadavg().map((l) => Number(l.toFixed(1))) };
  for (const { peer, tally } of runs) {
    tally.timings.sort((a, b) => a - b);
    report[peer.name] = {
      foundIoU09: `${tally.found} / ${frames}`,
      partialOrWrongOutlines: tally.partial,
      falseOutlinesOnEmpty: `${tally.falseOutlines} / ${TEXTURED.length}`,
      cpuMsPerFrame: { p50: quantile(tally.timings, 0.5), p95: quantile(tally.timings, 0.95) },
      perSurface: tally.perSurface,
    };
  }
  if ('failed' in cv) report.opencvJs = cv;
  else {
    const ours = must(runs[0], "our finder's tally").tally;
    const peer = must(runs[1], "OpenCV's tally (OpenCV loaded)").tally;
    report.oursOverOpenCv = {
      found: Number((ours.found / Math.max(1, peer.found)).toFixed(2)),
      cpuMsP50: Number(
        (quantile(ours.timings, 0.5) / Math.max(0.01, quantile(peer.timings, 0.5))).toFixed(2),
      ),
      cpuMsP95: Number(
        (quantile(ours.timings, 0.95) / Math.max(0.01, quantile(peer.timings, 0.95))).toFixed(2),
      ),
    };
  }
  return report;
}

interface Finder {
  name: string;
  find: (frame: Raster) => Quad | null;
}

/** CPU time of this process (on a shared, busy machine wall time measures the neighbours too). */
function timed(peer: Finder, frame: Raster) {
  const before = process.cpuUsage();
  const quad = peer.find(frame);
  const used = process.cpuUsage(before);
  return { quad, ms: (used.user + used.system) / 1000 };
}

const quantile = (sorted: number[], q: number) =>
  Number((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(1));

/** A page of A4 aspect, 45–80 % of the frame's height, turned up to ±15°, near the middle. */
function placement(next: () => number): Quad {
  const h = 640 * (0.45 + 0.35 * next());
  const w = h / Math.SQRT2;
  const cx = 240 + (next() - 0.5) * 40;
  const cy = 320 + (next() - 0.5) * 60;
  const angle = ((next() - 0.5) * 30 * Math.PI) / 180;
  const signs = [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ] as const;
  return signs.map(([sx, sy]) => {
    const x = (sx * w) / 2;
    const y = (sy * h) / 2;
    return {
      x: cx + x * Math.cos(angle) - y * Math.sin(angle),
      y: cy + x * Math.sin(angle) + y * Math.cos(angle),
    };
  }) as Quad;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  console.log(JSON.stringify(await benchOutlineSurfaces(), null, 2));
