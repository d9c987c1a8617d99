/**
 * Single-channel filters on small float images (row-major, `width` × `height`), all O(n) whatever the
 * radius: the page's background is estimated on a copy shrunk to ~0.5 mm blocks, so these run on a
 * few hundred thousand values, not on the 4 million pixels of a page at 200 dpi.
 */

export interface Channel {
  data: Float32Array;
  width: number;
  height: number;
}

/** Mean of each `factor`×`factor` block (the last row and column of blocks may be partial). */
export function shrinkByMean(values: Float32Array, width: number, height: number, factor: number): Channel {
  const w = Math.ceil(width / factor);
  const h = Math.ceil(height / factor);
  const sum = new Float32Array(w * h);
  const count = new Float32Array(w * h);
  for (let y = 0; y < height; y += 1) {
    const row = ((y / factor) | 0) * w;
    const o = y * width;
    for (let bx = 0, x = 0; bx < w; bx += 1) {
      const end = x + factor < width ? x + factor : width;
      let s = 0;
      for (; x < end; x += 1) s += values[o + x]!;
      sum[row + bx]! += s;
      count[row + bx]! += end - bx * factor;
    }
  }
  for (let b = 0; b < sum.length; b += 1) sum[b]! /= count[b]!;
  return { data: sum, width: w, height: h };
}

/**
 * Running maximum (or minimum) along lines of `n` values `stride` apart, window 2r+1, edges clamped:
 * a monotonic deque, O(n) whatever r. Plain loops over typed arrays: closures here cost 10×.
 */
function extremumLines(
  src: Float32Array,
  dst: Float32Array,
  lines: number,
  lineStep: number,
  n: number,
  stride: number,
  r: number,
  max: boolean,
  deque: Int32Array,
) {
  const sign = max ? 1 : -1;
  for (let line = 0; line < lines; line += 1) {
    const base = line * lineStep;
    let head = 0;
    let tail = 0;
    let next = 0;
    for (let i = 0; i < n; i += 1) {
      const end = i + r < n ? i + r : n - 1;
      for (; next <= end; next += 1) {
        const v = sign * src[base + next * stride]!;
        while (tail > head && v >= sign * src[base + deque[tail - 1]! * stride]!) tail -= 1;
        deque[tail] = next;
        tail += 1;
      }
      while (deque[head]! < i - r) head += 1;
      dst[base + i * stride] = src[base + deque[head]! * stride]!;
    }
  }
}

/** Greyscale dilation (max) or erosion (min) by a (2r+1)² square, separable. */
export function extremum({ data, width, height }: Channel, r: number, max: boolean): Channel {
  const rows = new Float32Array(data.length);
  const out = new Float32Array(data.length);
  const deque = new Int32Array(Math.max(width, height));
  extremumLines(data, rows, height, width, width, 1, r, max, deque);
  extremumLines(rows, out, width, 1, height, width, r, max, deque);
  return { data: out, width, height };
}

function blurLines(
  src: Float32Array,
  dst: Float32Array,
  lines: number,
  lineStep: number,
  n: number,
  stride: number,
  r: number,
) {
  const scale = 1 / (2 * r + 1);
  for (let line = 0; line < lines; line += 1) {
    const base = line * lineStep;
    let sum = 0;
    for (let i = -r; i <= r; i += 1) sum += src[base + (i < 0 ? 0 : i < n ? i : n - 1) * stride]!;
    for (let i = 0; i < n; i += 1) {
      dst[base + i * stride] = sum * scale;
      const add = i + r + 1 < n ? i + r + 1 : n - 1;
      const drop = i - r > 0 ? i - r : 0;
      sum += src[base + add * stride]! - src[base + drop * stride]!;
    }
  }
}

/** Box blur with a (2r+1)² window, separable running sums, edges clamped. */
export function boxBlur({ data, width, height }: Channel, r: number): Channel {
  if (r <= 0) return { data: new Float32Array(data), width, height };
  const rows = new Float32Array(data.length);
  const out = new Float32Array(data.length);
  blurLines(data, rows, height, width, width, 1, r);
  blurLines(rows, out, width, 1, height, width, r);
  return { data: out, width, height };
}

/**
 * Fills `out` (length `fullWidth`) with row `y` of a shrunk channel brought back to full resolution
 * bilinearly (block centres at (i + 0.5) × factor − 0.5). The column weights are computed once.
 */
export function rowUpsampler({ data, width, height }: Channel, factor: number, fullWidth: number) {
  const c0 = new Int32Array(fullWidth);
  const c1 = new Int32Array(fullWidth);
  const tx = new Float32Array(fullWidth);
  for (let x = 0; x < fullWidth; x += 1) {
    const fx = Math.min(width - 1, Math.max(0, (x + 0.5) / factor - 0.5));
    c0[x] = Math.floor(fx);
    c1[x] = Math.min(width - 1, c0[x]! + 1);
    tx[x] = fx - c0[x]!;
  }
  return (y: number, out: Float32Array) => {
    const fy = Math.min(height - 1, Math.max(0, (y + 0.5) / factor - 0.5));
    const y0 = Math.floor(fy);
    const ty = fy - y0;
    const r0 = y0 * width;
    const r1 = Math.min(height - 1, y0 + 1) * width;
    for (let x = 0; x < fullWidth; x += 1) {
      const a = c0[x]!;
      const b = c1[x]!;
      const t = tx[x]!;
      const top = data[r0 + a]! + (data[r0 + b]! - data[r0 + a]!) * t;
      const bottom = data[r1 + a]! + (data[r1 + b]! - data[r1 + a]!) * t;
      out[x] = top + (bottom - top) * ty;
    }
  };
}
