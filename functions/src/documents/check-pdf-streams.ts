import { DecodeBudget, PdfTooComplexError } from './check-pdf-budget.js';
import { ascii85, asciiHex, lzw, runLength, unpredict } from './check-pdf-filters.js';
import {
  byteAt,
  type PdfDict,
  PdfName,
  type PdfStream,
  PdfSyntaxError,
  type PdfValue,
} from './check-pdf-syntax.js';

export { DecodeBudget, PdfTooComplexError };

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
    while (after < bytes.length && after < end + 4 && isEol(byteAt(bytes, after))) after++;
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
