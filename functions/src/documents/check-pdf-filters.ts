import { CappedOutput, PdfTooComplexError } from './check-pdf-budget.js';
import { byteAt, hexValue, type PdfDict, PdfSyntaxError, type PdfValue } from './check-pdf-syntax.js';

/** The PDF filters we decode by hand (§7.4), each stopping as soon as its output passes the cap. */
export function asciiHex(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil(data.length / 2));
  let length = 0;
  let high = -1;
  for (const byte of data) {
    if (byte === 0x3e) break;
    const value = hexValue(byte);
    if (value < 0) continue;
    if (high < 0) high = value;
    else {
      out[length++] = high * 16 + value;
      high = -1;
    }
  }
  if (high >= 0) out[length++] = high * 16;
  return out.subarray(0, length);
}

export function ascii85(data: Uint8Array, cap: number): Uint8Array {
  // Each 'z' stands for four zero bytes; any other five characters for four bytes. What it will
  // expand to is counted first, so a stream of `z` past the cap is refused without being written.
  let expected = 0;
  for (const byte of data) {
    if (byte === 0x7e) break;
    if (byte === 0x7a) expected += 4;
    else if (byte >= 0x21 && byte <= 0x75) expected += 0.8;
  }
  if (expected > cap) throw new PdfTooComplexError('an ASCII85 stream decodes past the cap');
  const out = new CappedOutput(Math.ceil(expected), cap);
  const group: number[] = [];
  const flush = () => {
    let value = 0;
    for (let i = 0; i < 5; i++) value = value * 85 + (group[i] ?? 84);
    for (let i = 0; i < group.length - 1; i++) out.push((value >>> (24 - 8 * i)) & 0xff);
    group.length = 0;
  };
  for (const byte of data) {
    if (byte === 0x7e) break;
    if (byte === 0x7a && group.length === 0) out.fill(0, 4);
    else if (byte >= 0x21 && byte <= 0x75) {
      group.push(byte - 0x21);
      if (group.length === 5) flush();
    }
  }
  if (group.length > 1) flush();
  return out.done();
}

/** RunLength (§7.4.5): a length byte, then that many bytes or one byte repeated up to 128 times. */
export function runLength(data: Uint8Array, cap: number): Uint8Array {
  let expected = 0;
  for (let i = 0; i < data.length; ) {
    const length = byteAt(data, i);
    if (length === 128) break;
    expected += length < 128 ? length + 1 : 257 - length;
    i += length < 128 ? length + 2 : 2;
  }
  if (expected > cap) throw new PdfTooComplexError('a RunLength stream decodes past the cap');
  const out = new CappedOutput(expected, cap);
  let i = 0;
  while (i < data.length) {
    const length = byteAt(data, i++);
    if (length === 128) break;
    if (length < 128) {
      for (let j = 0; j <= length && i < data.length; j++) out.push(byteAt(data, i++));
    } else if (i < data.length) out.fill(byteAt(data, i++), 257 - length);
  }
  return out.done();
}

/**
 * LZW (§7.4.4), early change on: 9- to 12-bit codes into a table of strings, each stored as its
 * first occurrence in the output (offset, length), so a code costs its length and no allocation.
 */
export function lzw(data: Uint8Array, cap: number): Uint8Array {
  const out = new CappedOutput(data.length * 4, cap);
  const starts = new Int32Array(4096);
  const lengths = new Int32Array(4096);
  let next = 258;
  let width = 9;
  let previous = -1;
  let bits = 0;
  let buffered = 0;
  for (const byte of data) {
    buffered = (buffered << 8) | byte;
    bits += 8;
    while (bits >= width) {
      bits -= width;
      const code = (buffered >>> bits) & ((1 << width) - 1);
      buffered &= (1 << bits) - 1;
      if (code === 257) return out.done();
      if (code === 256) {
        next = 258;
        width = 9;
        previous = -1;
        continue;
      }
      const start = out.length;
      if (code < 256) out.push(code);
      else if (code < next && byteAt(lengths, code) > 0)
        out.copyWithin(byteAt(starts, code), byteAt(lengths, code));
      else if (code === next && previous >= 0) {
        // The code being defined: the previous string and its own first byte.
        const first = previous < 256 ? previous : byteAt(out.done(), byteAt(starts, previous));
        if (previous < 256) out.push(previous);
        else out.copyWithin(byteAt(starts, previous), byteAt(lengths, previous));
        out.push(first);
      } else throw new PdfSyntaxError('damaged LZW stream');
      if (previous >= 0 && next < 4096) {
        const previousLength = previous < 256 ? 1 : byteAt(lengths, previous);
        starts[next] = start - previousLength;
        lengths[next] = previousLength + 1;
        next++;
      }
      previous = code;
      if (next + 1 >= 1 << width && width < 12) width++;
    }
  }
  return out.done();
}

/** Undoes the PNG predictors cross-reference streams use (§7.4.4.4); TIFF's are not used there. */
export function unpredict(data: Uint8Array, params: PdfDict | undefined): Uint8Array {
  const predictor = params?.get('Predictor') ?? 1;
  if (predictor === 1) return data;
  if (typeof predictor !== 'number' || predictor < 10) {
    throw new PdfSyntaxError(`unsupported predictor ${String(predictor)}`);
  }
  const colors = numberOr(params?.get('Colors'), 1);
  const bits = numberOr(params?.get('BitsPerComponent'), 8);
  const columns = numberOr(params?.get('Columns'), 1);
  const pixel = Math.max(1, Math.ceil((colors * bits) / 8));
  const row = Math.ceil((colors * bits * columns) / 8);
  const rows = Math.floor(data.length / (row + 1));
  const out = new Uint8Array(rows * row);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (row + 1)];
    const src = r * (row + 1) + 1;
    const dst = r * row;
    for (let i = 0; i < row; i++) {
      const left = i >= pixel ? byteAt(out, dst + i - pixel) : 0;
      const up = r > 0 ? byteAt(out, dst - row + i) : 0;
      const upLeft = r > 0 && i >= pixel ? byteAt(out, dst - row + i - pixel) : 0;
      out[dst + i] = (byteAt(data, src + i) + predict(type, left, up, upLeft)) & 0xff;
    }
  }
  return out;
}

function predict(type: number | undefined, left: number, up: number, upLeft: number): number {
  switch (type) {
    case 0:
      return 0;
    case 1:
      return left;
    case 2:
      return up;
    case 3:
      return (left + up) >> 1;
    case 4: {
      const p = left + up - upLeft;
      const pa = Math.abs(p - left);
      const pb = Math.abs(p - up);
      const pc = Math.abs(p - upLeft);
      return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
    }
    default:
      throw new PdfSyntaxError(`unknown PNG predictor row type ${String(type)}`);
  }
}

function numberOr(value: PdfValue | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 4096
    ? value
    : fallback;
}
