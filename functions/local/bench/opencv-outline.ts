import { createRequire } from 'node:module';
import { isConvex, orderCorners, polygonArea } from '../../../web/src/capture/geometry.js';
import type { Quad, Raster } from '../../../web/src/capture/raster.js';

/**
 * The peer the outline finder is measured against: OpenCV.js (`@techstark/opencv-js`, a
 * devDependency the bench alone loads; never shipped, no CDN), in the pipeline jscanify and most
 * browser scanners use (PITFALLS.md): grey → Gaussian blur → Canny → dilate → largest external
 * contour → approxPolyDP to four points. Written here from that description, not copied. The same
 * minimum size as ours (3 % of the frame) and a convex quad are required, so that both answer
 * "no document" alike.
 */

// biome-ignore lint/suspicious/noExplicitAny: OpenCV.js ships loose typings for its Emscripten module.
type Cv = any;
let loading: Promise<{ cv: Cv }> | undefined;

/**
 * The module wrapped in an object: the Emscripten module is itself a thenable that resolves to
 * itself, so returning it from an async function (or awaiting it) never settles.
 */
export function loadOpenCv(): Promise<{ cv: Cv }> {
  loading ??= new Promise((resolve) => {
    const cv = createRequire(import.meta.url)('@techstark/opencv-js');
    if (cv.Mat) resolve({ cv });
    else cv.onRuntimeInitialized = () => resolve({ cv });
  });
  return loading;
}

export function opencvOutline(cv: Cv, frame: Raster): Quad | null {
  const source = cv.matFromImageData({ data: frame.data, width: frame.width, height: frame.height });
  const grey = new cv.Mat();
  const blurred = new cv.Mat();
  const edges = new cv.Mat();
  const dilated = new cv.Mat();
  const kernel = cv.Mat.ones(3, 3, cv.CV_8U);
  const contours = new cv.MatVector();
  const hierarchy = new cv.Mat();
  try {
    cv.cvtColor(source, grey, cv.COLOR_RGBA2GRAY);
    cv.GaussianBlur(grey, blurred, new cv.Size(5, 5), 0);
    cv.Canny(blurred, edges, 75, 200);
    cv.dilate(edges, dilated, kernel);
    cv.findContours(dilated, contours, hierarchy, cv.RETR_EXTERNAL, cv.CHAIN_APPROX_SIMPLE);
    let largest = -1;
    let largestArea = 0;
    for (let i = 0; i < contours.size(); i += 1) {
      const area = cv.contourArea(contours.get(i));
      if (area > largestArea) {
        largestArea = area;
        largest = i;
      }
    }
    if (largest < 0) return null;
    const contour = contours.get(largest);
    const approx = new cv.Mat();
    try {
      cv.approxPolyDP(contour, approx, 0.02 * cv.arcLength(contour, true), true);
      if (approx.rows !== 4) return null;
      const points = [0, 1, 2, 3].map((i) => ({ x: approx.data32S[2 * i], y: approx.data32S[2 * i + 1] }));
      const quad = orderCorners(points);
      if (!isConvex(quad) || polygonArea(quad) < 0.03 * frame.width * frame.height) return null;
      return quad;
    } finally {
      approx.delete();
    }
  } finally {
    for (const m of [source, grey, blurred, edges, dilated, kernel, contours, hierarchy]) m.delete();
  }
}
