import { constants, inflateSync } from 'node:zlib';
import {
  hexValue,
  type PdfDict,
  PdfName,
  type PdfStream,
  PdfSyntaxError,
  type PdfValue,
} from './check-pdf-syntax.js';

// A stream of zeros deflates about 1000:1, so a 20 MB upload could expand to 20 GB in a viewer or
// in us; ASCII85's `z`, LZW and RunLength multiply too, and a stream without a valid /Length runs
// to the next `endstream`, so a hundred such headers could each cover the same megabytes. Every
// byte any filter outputs, and every byte of a stream found by searching, is charged to one budget
// per file: a 200 dpi colour A4 page is 11.6 MB raw, so honest documents stay far below; more is
// refused, in bounded time and memory (each decoder stops as soon as its output passes the cap).
// The check also runs in a worker with a hard time and memory limit (check-in-worker.ts).
const MAX_DECODED_PER_STREAM = 64 * 1024 * 1024;
// 256 MB: an honest 20 MB file with Flate-compressed scans decodes to a small multiple of its size.
const MAX_DECODED_TOTAL = 256 * 1024 * 1024;

/** The file expands to more than we are willing to decode. */
export class PdfTooComplexError extends Error {}

/** What is left to decode for one file: shared by every filter of every stream of that file. */
export class DecodeBudget {
  private remaining = MAX_DECODED_TOTAL;

  /** The most one decoder may output now. */
  get cap(): number {
    return Math.min(this.remaining, MAX_DECODED_PER_STREAM);
  }

  charge(bytes: number): void {
    this.remaining -= bytes;
    if (this.remaining < 0) throw new PdfTooComplexError('the file decodes past the budget');
  }

  inflate(data: Uint8Array): Uint8Array {
    let output: Buffer;
    try {
      // SYNC_FLUSH: a stream cut short (no checksum) still yields what it holds, as in viewers.
      output = inflateSync(data, { maxOutputLength: this.cap, finishFlush: constants.Z_SYNC_FLUSH });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new PdfTooComplexError('a stream inflates past the cap');
      }
      throw new PdfSyntaxError(`damaged compressed stream: ${(error as Error).message}`);
    }
    this.charge(output.byteLength);
    return output;
  }
}

/** Output that grows up to the budget's cap, then refuses: what the hand-written decoders write to. */
class CappedOutput {
  private buffer: Uint8Array;
  length = 0;
  constructor(
    expected: number,
    private readonly cap: number,
  ) {
    this.buffer = new Uint8Array(Math.min(Math.max(expected, 256), cap));
  }
  push(byte: number) {
    if (this.length === this.buffer.length) this.grow(1);
    this.buffer[this.length++] = byte;
  }
  copyWithin(from: number, count: number) {
    if (this.length + count > this.buffer.length) this.grow(count);
    this.buffer.copyWithin(this.length, from, from + count);
    this.length += count;
  }
  fill(byte: number, count: number) {
    if (this.length + count > this.buffer.length) this.grow(count);
    this.buffer.fill(byte, this.length, this.length + count);
    this.length += count;
  }
  private grow(needed: number) {
    if (this.length + needed > this.cap) throw new PdfTooComplexError('a stream decodes past the cap');
    const next = new Uint8Array(Math.min(this.cap, Math.max(this.buffer.length * 2, this.length + needed)));
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }
  done(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

/** Reads a number that may sit in another object (`/Length 12 0 R`). */
export type Resolve = (value: PdfValue | undefined) => PdfValue | undefined;

const ENDSTREAM = Buffer.from('endstream');

/**
 * The raw bytes of a stream. `/Length` is trusted when `endstream` follows it, as viewers do;
 * otherwise the data runs to the next `endstream`. No `endstream` at all means a truncated file.
 */
export function streamData(
  bytes: Buffer,
  stream: PdfStream,
  resolve: Resolve,
  budget: DecodeBudget,
): Uint8Array {
  const length = resolve(stream.dict.get('Length'));
  if (typeof length === 'number' && Number.isInteger(length) && length >= 0) {
    const end = stream.start + length;
    let after = end;
    while (after < bytes.length && after < end + 4 && isEol(bytes[after]!)) after++;
    if (bytes.subarray(after, after + ENDSTREAM.length).equals(ENDSTREAM)) {
      return bytes.subarray(stream.start, end);
    }
  }
  const found = bytes.indexOf(ENDSTREAM, stream.start);
  if (found < 0) throw new PdfSyntaxError('stream without endstream');
  // Found by searching: overlapping streams would each cover the same bytes, so each pays for them.
  budget.charge(found - stream.start);
  let end = found;
  if (end > stream.start && bytes[end - 1] === 0x0a) end--;
  if (end > stream.start && bytes[end - 1] === 0x0d) end--;
  return bytes.subarray(stream.start, end);
}

function isEol(byte: number): boolean {
  return byte === 0x0a || byte === 0x0d || byte === 0x20;
}

interface Filter {
  name: string;
  params: PdfDict | undefined;
}

function filtersOf(dict: PdfDict, resolve: Resolve): Filter[] {
  const filter = resolve(dict.get('Filter'));
  const params = resolve(dict.get('DecodeParms'));
  const names = Array.isArray(filter) ? filter.map((item) => resolve(item)) : filter ? [filter] : [];
  return names.map((name, index) => {
    if (!(name instanceof PdfName)) throw new PdfSyntaxError('filter is not a name');
    const param = resolve(Array.isArray(params) ? params[index] : params);
    return { name: name.name, params: param instanceof Map ? param : undefined };
  });
}

/**
 * Decodes a stream that we must read ourselves (object and cross-reference streams). Producers
 * only ever use Flate there; a filter we do not implement makes the file unreadable to us, and a
 * file we cannot read is refused rather than waved through.
 */
export function decodeForParsing(data: Uint8Array, dict: PdfDict, resolve: Resolve, budget: DecodeBudget) {
  let output = data;
  for (const filter of filtersOf(dict, resolve)) {
    const decoded = decodeOne(output, filter.name, budget);
    if (!decoded) throw new PdfSyntaxError(`unsupported filter ${filter.name}`);
    output = unpredict(decoded, filter.params);
  }
  return output;
}

/**
 * Expands a stream we do not otherwise read (pages, images, fonts) only to charge the budget:
 * that is what a viewer will inflate. Decoding stops at a filter we do not expand (JPEG and other
 * image codecs, whose size the image dimensions bound instead).
 */
export function chargeDecodedSize(data: Uint8Array, dict: PdfDict, resolve: Resolve, budget: DecodeBudget) {
  let output = data;
  for (const filter of filtersOf(dict, resolve)) {
    const decoded = decodeOne(output, filter.name, budget);
    if (!decoded) return;
    output = decoded;
  }
}

function decodeOne(data: Uint8Array, name: string, budget: DecodeBudget): Uint8Array | undefined {
  let output: Uint8Array;
  switch (name) {
    case 'FlateDecode':
    case 'Fl':
      return budget.inflate(data);
    case 'ASCIIHexDecode':
    case 'AHx':
      output = asciiHex(data);
      break;
    case 'ASCII85Decode':
    case 'A85':
      output = ascii85(data, budget.cap);
      break;
    case 'LZWDecode':
    case 'LZW':
      output = lzw(data, budget.cap);
      break;
    case 'RunLengthDecode':
    case 'RL':
      output = runLength(data, budget.cap);
      break;
    default:
      return undefined;
  }
  budget.charge(output.byteLength);
  return output;
}

function asciiHex(data: Uint8Array): Uint8Array {
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

function ascii85(data: Uint8Array, cap: number): Uint8Array {
  // Each 'z' stands for four zero bytes; any other five characters for four bytes. What it will
  // expand to is counted first, so a stream of `z` past the cap is refused without being written.
  let expected = 0;
  for (let i = 0; i < data.length; i++) {
    const byte = data[i]!;
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
  for (let i = 0; i < data.length; i++) {
    const byte = data[i]!;
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
function runLength(data: Uint8Array, cap: number): Uint8Array {
  let expected = 0;
  for (let i = 0; i < data.length; ) {
    const length = data[i]!;
    if (length === 128) break;
    expected += length < 128 ? length + 1 : 257 - length;
    i += length < 128 ? length + 2 : 2;
  }
  if (expected > cap) throw new PdfTooComplexError('a RunLength stream decodes past the cap');
  const out = new CappedOutput(expected, cap);
  let i = 0;
  while (i < data.length) {
    const length = data[i++]!;
    if (length === 128) break;
    if (length < 128) {
      for (let j = 0; j <= length && i < data.length; j++) out.push(data[i++]!);
    } else if (i < data.length) out.fill(data[i++]!, 257 - length);
  }
  return out.done();
}

/**
 * LZW (§7.4.4), early change on: 9- to 12-bit codes into a table of strings, each stored as its
 * first occurrence in the output (offset, length), so a code costs its length and no allocation.
 */
function lzw(data: Uint8Array, cap: number): Uint8Array {
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
      else if (code < next && lengths[code]! > 0) out.copyWithin(starts[code]!, lengths[code]!);
      else if (code === next && previous >= 0) {
        // The code being defined: the previous string and its own first byte.
        const first = previous < 256 ? previous : out.done()[starts[previous]!]!;
        if (previous < 256) out.push(previous);
        else out.copyWithin(starts[previous]!, lengths[previous]!);
        out.push(first);
      } else throw new PdfSyntaxError('damaged LZW stream');
      if (previous >= 0 && next < 4096) {
        const previousLength = previous < 256 ? 1 : lengths[previous]!;
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
function unpredict(data: Uint8Array, params: PdfDict | undefined): Uint8Array {
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
      const left = i >= pixel ? out[dst + i - pixel]! : 0;
      const up = r > 0 ? out[dst - row + i]! : 0;
      const upLeft = r > 0 && i >= pixel ? out[dst - row + i - pixel]! : 0;
      out[dst + i] = (data[src + i]! + predict(type, left, up, upLeft)) & 0xff;
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
