import { pageSize, turnCorners, warpChannel, warpToRectangle } from '../capture/perspective.js';
import type { Quad, Raster } from '../capture/raster.js';

/**
 * The photo's pixels around the page only, already brought to about the page's final resolution:
 * a 12-MP still is cropped to the outline's bounding box and shrunk by the browser's decoder
 * (`createImageBitmap` with resize), so the worker never copies 48 MB of RGBA it would not use.
 */
export async function pagePixels(photo: Blob, corners: Quad, size: { width: number; height: number }) {
  const probe = await createImageBitmap(photo);
  const { width: pw, height: ph } = probe;
  const xs = corners.map((c) => c.x);
  const ys = corners.map((c) => c.y);
  const left = Math.max(0, Math.floor(Math.min(...xs)) - 2);
  const top = Math.max(0, Math.floor(Math.min(...ys)) - 2);
  const right = Math.min(pw, Math.ceil(Math.max(...xs)) + 2);
  const bottom = Math.min(ph, Math.ceil(Math.max(...ys)) + 2);
  const natural = pageSize(corners, Number.POSITIVE_INFINITY);
  // Shrink so that the page's pixels match the output's; never enlarge.
  const scale = Math.min(1, (size.width / natural.width) * 1.1);
  const cropWidth = Math.max(1, right - left);
  const cropHeight = Math.max(1, bottom - top);
  const width = Math.max(2, Math.round(cropWidth * scale));
  const height = Math.max(2, Math.round(cropHeight * scale));
  const bitmap = await createImageBitmap(probe, left, top, cropWidth, cropHeight, {
    resizeWidth: width,
    resizeHeight: height,
    resizeQuality: 'medium',
  });
  probe.close();
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  const local = corners.map((c) => ({
    x: ((c.x - left) * width) / cropWidth,
    y: ((c.y - top) * height) / cropHeight,
  })) as Quad;
  return { image: context.getImageData(0, 0, width, height) as Raster, corners: local };
}

/** The flat page in colour (RGBA), turned. */
export function flatColour(
  image: Raster,
  corners: Quad,
  rotation: number,
  size: { width: number; height: number },
) {
  const [width, height] = rotation % 2 ? [size.height, size.width] : [size.width, size.height];
  return warpToRectangle(image, turnCorners(corners, rotation), width, height);
}

/** The flat page's luma only, turned: what 'document' and 'grey' need. */
export function flatLuma(
  image: Raster,
  corners: Quad,
  rotation: number,
  size: { width: number; height: number },
) {
  const [width, height] = rotation % 2 ? [size.height, size.width] : [size.width, size.height];
  const { data } = image;
  const luma = new Float32Array(image.width * image.height);
  for (let i = 0, o = 0; o < luma.length; i += 4, o += 1)
    luma[o] = 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
  return {
    luma: warpChannel(luma, image.width, image.height, turnCorners(corners, rotation), width, height),
    width,
    height,
  };
}
