/** The longest side every frame is read at first: small codes stay readable, the copy stays cheap. */
export const FIRST_READ_SIDE = 960;

/**
 * Whether this frame, read at 960 px without finding a code, is read again at its full size: every
 * other frame, when the camera gives more than 960 px. A code small in a 1920×1080 frame (a printed
 * QR held far, a photo shown to the camera) may have too few pixels a module at 960 px, which
 * zxing-cpp reads at full size; reading every frame at full size would cost ~4× the time on frames
 * that hold no code at all, so the full read alternates and the scanner stays within its 200 ms pace.
 */
export function readFullFrame(frame: number, longSide: number): boolean {
  return longSide > FIRST_READ_SIDE && frame % 2 === 1;
}

/** The sizes the nth frame (from 0) is read at: 960 px, then, when that finds nothing, in full on alternate frames. */
export const wasmSides = (frame: number, longSide: number) =>
  readFullFrame(frame + 1, longSide) ? [FIRST_READ_SIDE, Number.POSITIVE_INFINITY] : [FIRST_READ_SIDE];
