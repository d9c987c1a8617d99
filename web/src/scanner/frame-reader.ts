import { sizeOf } from './picture-size.js';

export type Picture = HTMLVideoElement | HTMLImageElement | HTMLCanvasElement;

/**
 * Reads a picture at a few sizes, one after the other, until one gives a code: the page copies the
 * frame at each size (drawImage, cheap) and `read` decodes the pixels (in the QR worker, or in the
 * page for the bench). `sidesFor` says which longest sides to try for the nth frame read.
 */
export function frameReader(
  sidesFor: (frame: number, longSide: number) => number[],
  read: (image: ImageData, signal?: AbortSignal) => Promise<string[]>,
) {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  let frame = 0;
  return async (picture: Picture, signal?: AbortSignal): Promise<string[]> => {
    const [width, height] = sizeOf(picture);
    if (!width || !height) return [];
    const sides = sidesFor(frame, Math.max(width, height));
    frame += 1;
    for (const side of sides) {
      const scale = Math.min(1, side / Math.max(width, height));
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      context.drawImage(picture, 0, 0, canvas.width, canvas.height);
      const texts = await read(context.getImageData(0, 0, canvas.width, canvas.height), signal);
      if (texts.length > 0) return texts;
    }
    return [];
  };
}
