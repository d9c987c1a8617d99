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
// in us. We inflate every stream once with these caps: a 200 dpi colour A4 page is 11.6 MB raw, so
// honest documents stay far below; more is refused as a decompression bomb, in bounded time and
// memory (zlib stops as soon as its output passes the cap).
const MAX_INFLATED_PER_STREAM = 64 * 1024 * 1024;
const MAX_INFLATED_TOTAL = 512 * 1024 * 1024;

/** The file expands to more than we are willing to inflate. */
export class PdfTooComplexError extends Error {}

/** What is left to inflate for one file: shared by every stream of that file. */
export class InflateBudget {
  private remaining = MAX_INFLATED_TOTAL;

  inflate(data: Uint8Array): Uint8Array {
    const cap = Math.min(this.remaining, MAX_INFLATED_PER_STREAM);
    let output: Buffer;
    try {
      // SYNC_FLUSH: a stream cut short (no checksum) still yields what it holds, as in viewers.
      output = inflateSync(data, { maxOutputLength: cap, finishFlush: constants.Z_SYNC_FLUSH });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new PdfTooComplexError('a stream inflates past the cap');
      }
      throw new PdfSyntaxError(`damaged compressed stream: ${(error as Error).message}`);
    }
    this.remaining -= output.byteLength;
    return output;
  }
}

/** Reads a number that may sit in another object (`/Length 12 0 R`). */
export type Resolve = (value: PdfValue | undefined) => PdfValue | undefined;

const ENDSTREAM = Buffer.from('endstream');

/**
 * The raw bytes of a stream. `/Length` is trusted when `endstream` follows it, as viewers do;
 * otherwise the data runs to the next `endstream`. No `endstream` at all means a truncated file.
 */
export function streamData(bytes: Buffer, stream: PdfStream, resolve: Resolve): Uint8Array {
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
export function decodeForParsing(data: Uint8Array, dict: PdfDict, resolve: Resolve, budget: InflateBudget) {
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
export function chargeDecodedSize(data: Uint8Array, dict: PdfDict, resolve: Resolve, budget: InflateBudget) {
  let output = data;
  for (const filter of filtersOf(dict, resolve)) {
    const decoded = decodeOne(output, filter.name, budget);
    if (!decoded) return;
    output = decoded;
  }
}

function decodeOne(data: Uint8Array, name: string, budget: InflateBudget): Uint8Array | undefined {
  switch (name) {
    case 'FlateDecode':
    case 'Fl':
      return budget.inflate(data);
    case 'ASCIIHexDecode':
    case 'AHx':
      return asciiHex(data);
    case 'ASCII85Decode':
    case 'A85':
      return ascii85(data);
    default:
      return undefined;
  }
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

function ascii85(data: Uint8Array): Uint8Array {
  // Each 'z' stands for four zero bytes; any other five characters for four bytes.
  const zeros = data.reduce((count, byte) => count + (byte === 0x7a ? 1 : 0), 0);
  const out = new Uint8Array(data.length + 3 * zeros + 4);
  let length = 0;
  const group: number[] = [];
  const flush = () => {
    let value = 0;
    for (let i = 0; i < 5; i++) value = value * 85 + (group[i] ?? 84);
    for (let i = 0; i < group.length - 1; i++) out[length++] = (value >>> (24 - 8 * i)) & 0xff;
    group.length = 0;
  };
  for (const byte of data) {
    if (byte === 0x7e) break;
    if (byte === 0x7a && group.length === 0) length += 4;
    else if (byte >= 0x21 && byte <= 0x75) {
      group.push(byte - 0x21);
      if (group.length === 5) flush();
    }
  }
  if (group.length > 1) flush();
  return out.subarray(0, length);
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
