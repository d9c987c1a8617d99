/** The pixel size of what the scanner reads: a video's frames, an image or a canvas. */
export function sizeOf(picture: HTMLVideoElement | HTMLImageElement | HTMLCanvasElement): [number, number] {
  if (picture instanceof HTMLVideoElement) return [picture.videoWidth, picture.videoHeight];
  if (picture instanceof HTMLImageElement) return [picture.naturalWidth, picture.naturalHeight];
  return [picture.width, picture.height];
}
