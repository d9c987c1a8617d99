import { type DecodeBudget, decodeForParsing, streamData } from './check-pdf-streams.js';
import {
  byteAt,
  type PdfDict,
  PdfParser,
  type PdfStream,
  PdfSyntaxError,
  type PdfValue,
} from './check-pdf-syntax.js';

// The cross-reference sections of a PDF (ISO 32000-1 §7.5.4 tables, §7.5.8 streams): where each
// object is, or that it is free, or packed in an object stream. Read by PdfDocument (check-pdf-document.ts).

export type XrefEntry =
  | { type: 'free' }
  | { type: 'offset'; offset: number }
  | { type: 'packed'; stream: number };

/** Records one entry; newer sections are read first, so the caller keeps the first for a number. */
export type AddEntry = (num: number, entry: XrefEntry) => void;

/** A classic `xref` table, up to and including its trailer, which it returns. */
export function readXrefTable(parser: PdfParser, add: AddEntry): PdfDict {
  for (;;) {
    const start = parser.pos;
    if (parser.readWord() === 'trailer') {
      const trailer = parser.parseValue();
      if (!(trailer instanceof Map)) throw new PdfSyntaxError('trailer is not a dictionary');
      return trailer;
    }
    parser.pos = start;
    const firstNum = parser.readInt();
    const count = parser.readInt();
    if (firstNum === null || count === null) throw new PdfSyntaxError('bad cross-reference table');
    for (let i = 0; i < count; i++) {
      const offset = parser.readInt();
      const gen = parser.readInt();
      const kind = parser.readWord();
      if (offset === null || gen === null || (kind !== 'n' && kind !== 'f')) {
        throw new PdfSyntaxError('bad cross-reference entry');
      }
      add(firstNum + i, kind === 'n' ? { type: 'offset', offset } : { type: 'free' });
    }
  }
}

/** A cross-reference stream's rows (`/W` widths, `/Index` ranges). */
export function readXrefStream(bytes: Buffer, stream: PdfStream, budget: DecodeBudget, add: AddEntry): void {
  const { dict } = stream;
  const widths = dict.get('W');
  const size = dict.get('Size');
  const index = dict.get('Index') ?? [0, size ?? 0];
  if (!isIntArray(widths) || widths.length !== 3 || widths.some((w) => w > 8) || !isIntArray(index)) {
    throw new PdfSyntaxError('bad cross-reference stream');
  }
  // The stream's own /Length must be direct: nothing can be resolved before the xref is read.
  const data = streamData(bytes, stream, (value) => value, budget);
  const rows = decodeForParsing(data, dict, (value) => value, budget);
  const [w0, w1, w2] = widths as [number, number, number];
  let pos = 0;
  const field = (width: number, fallback: number) => {
    if (width === 0) return fallback;
    let value = 0;
    for (let i = 0; i < width; i++) value = value * 256 + byteAt(rows, pos++);
    return value;
  };
  for (let i = 0; i + 1 < index.length; i += 2) {
    const start = byteAt(index, i);
    const count = byteAt(index, i + 1);
    for (let n = 0; n < count; n++) {
      if (pos + w0 + w1 + w2 > rows.length) throw new PdfSyntaxError('cross-reference stream cut short');
      const type = field(w0, 1);
      const a = field(w1, 0);
      field(w2, 0);
      if (type === 0) add(start + n, { type: 'free' });
      else if (type === 1) add(start + n, { type: 'offset', offset: a });
      else if (type === 2) add(start + n, { type: 'packed', stream: a });
    }
  }
}

/** Whether `offset` starts an `n g obj` header. */
export function isAtHeader(bytes: Buffer, offset: number): boolean {
  const parser = new PdfParser(bytes, offset);
  return parser.readInt() !== null && parser.readInt() !== null && parser.readWord() === 'obj';
}

export function isIntArray(value: PdfValue | undefined): value is number[] {
  return (
    Array.isArray(value) &&
    value.every((item) => typeof item === 'number' && Number.isInteger(item) && item >= 0)
  );
}

/** An object stream's header (§7.5.7): where each object begins, all of them and the first for each number. */
export function objectStreamIndex(bytes: Uint8Array, count: number, first: number) {
  const parser = new PdfParser(bytes);
  const offsets: number[] = [];
  const byNum = new Map<number, number>();
  for (let i = 0; i < count && !parser.atEnd() && parser.pos < first; i++) {
    const num = parser.readInt();
    const offset = parser.readInt();
    if (num === null || offset === null) throw new PdfSyntaxError('bad object stream header');
    offsets.push(first + offset);
    if (!byNum.has(num)) byNum.set(num, first + offset);
  }
  return { offsets, byNum };
}
