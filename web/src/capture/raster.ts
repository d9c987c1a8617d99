/** An RGBA image laid out like ImageData, so the same code runs in a Worker, in the page and in Node. */
export interface Raster {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** A page outline: top-left, top-right, bottom-right, bottom-left, in pixels of the image it was found in. */
export type Quad = [Point, Point, Point, Point];

export function createRaster(width: number, height: number): Raster {
  const data = new Uint8ClampedArray(width * height * 4);
  // Opaque by default: a transparent page would turn black when drawn onto a JPEG canvas.
  for (let i = 3; i < data.length; i += 4) data[i] = 255;
  return { data, width, height };
}

/** Rec. 601 luma, in 0–255, of every pixel. */
export function lumaOf({ data, width, height }: Raster): Float32Array {
  const luma = new Float32Array(width * height);
  for (let i = 0, o = 0; o < luma.length; i += 4, o += 1)
    luma[o] = 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
  return luma;
}
