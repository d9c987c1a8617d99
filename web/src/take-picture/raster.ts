/** An RGBA raster as ImageData has it, usable in a worker and in Node tests alike. */
export interface Raster {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

export const raster = (width: number, height: number): Raster => ({
  data: new Uint8ClampedArray(width * height * 4),
  width,
  height,
});
