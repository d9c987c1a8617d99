/**
 * Each frame is read at a longest side of 640 px, then, when that finds nothing, once more smaller,
 * at a size that changes from frame to frame. Shrinking averages away sensor noise and blur that
 * defeat zxing's binarizer at full size; and zxing-js misreads a few perfectly sharp codes at one
 * scale and not at another. Measured in docs/scanner.md.
 */
export const PASSES = [
  [640, 400],
  [640, 320],
  [640, 480],
  [640, 360],
  [640, 560],
];

/** The passes, one list of sizes per frame, in turn. */
export const zxingSides = (passes: number[][]) => (frame: number) => passes[frame % passes.length]!;
