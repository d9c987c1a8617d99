import {
  type DecodeBudget,
  decodeForParsing,
  PdfTooComplexError,
  type Resolve,
  streamData,
} from './check-pdf-streams.js';
import {
  type IndirectObject,
  latin1,
  nameOf,
  type PdfDict,
  PdfParser,
  PdfRef,
  PdfStream,
  PdfSyntaxError,
  type PdfValue,
} from './check-pdf-syntax.js';
import {
  isAtHeader,
  objectStreamIndex,
  readXrefStream,
  readXrefTable,
  type XrefEntry,
} from './check-pdf-xref.js';

// A PDF read the way viewers read it (ISO 32000-1 §7.5): `startxref` at the end, then the chain of
// cross-reference tables or streams (incremental updates, hybrid files, object streams). Where an
// offset is wrong we fall back on the `n g obj` headers found in the file, as viewers repair; a file
// whose end (`startxref`) is missing is truncated and is not repaired.

interface ObjectStream {
  bytes: Uint8Array;
  /** Where each object begins in `bytes`: all of them, and the first for each number. */
  offsets: number[];
  byNum: Map<number, number>;
}

// Viewers look for `startxref` near the end; some tools append a little junk after `%%EOF`.
const TAIL = 4096;
// Incremental updates are few; a `/Prev` chain this long is crafted.
const MAX_SECTIONS = 1000;
// Honest files hold thousands of objects, read about once each. A crafted one can hold millions, or
// make every header start a parse that runs to the end of the file (an unclosed string): quadratic
// time. Past these limits the file is refused as too complex.
const MAX_OBJECTS = 250_000;
const PARSE_PASSES = 4;
const MAX_PACKED_BYTES = 64 * 1024 * 1024;
const HEADER = /(?<!\d)(\d{1,10})[\0\t\n\f\r ]+\d{1,5}[\0\t\n\f\r ]+obj(?![^\0\t\n\f\r ()<>[\]{}/%])/g;

export class PdfDocument {
  trailer: PdfDict = new Map();
  private readonly text: string;
  private readonly entries = new Map<number, XrefEntry>();
  private readonly packedStreams = new Set<number>();
  private readonly streams = new Map<number, ObjectStream>();
  private readonly loading = new Set<number>();
  private headers?: { offsets: number[]; last: Map<number, number> };
  private objectCount = 0;
  private packedBytes = 0;
  private parsedBytes = 0;

  constructor(
    readonly bytes: Buffer,
    readonly budget: DecodeBudget,
  ) {
    this.text = latin1(bytes);
    this.readCrossReferences();
  }

  readonly resolve: Resolve = (value) => {
    let current = value;
    for (let hops = 0; current instanceof PdfRef; hops++) {
      if (hops > 32) throw new PdfSyntaxError('reference chain too long');
      current = this.object(current.num);
    }
    return current;
  };

  /** Every object written at the top level of the file, once, whether the xref lists it or not. */
  *topLevelObjects(): Generator<IndirectObject> {
    const listed = new Set<number>();
    for (const entry of this.entries.values()) if (entry.type === 'offset') listed.add(entry.offset);
    const seen = new Set<number>();
    for (const position of new Set([...this.scanHeaders().offsets, ...listed])) {
      const parser = new PdfParser(this.bytes, position);
      let object: IndirectObject;
      try {
        object = parser.parseIndirect();
      } catch (error) {
        // A header found in binary data may be chance; an object the xref points at must parse.
        if (listed.has(position) && isAtHeader(this.bytes, position)) throw error;
        continue;
      } finally {
        this.chargeParsing(parser.pos - position);
      }
      if (seen.has(object.offset)) continue;
      seen.add(object.offset);
      yield object;
    }
  }

  /** Whether viewers would read objects out of this stream. */
  isObjectStream(object: IndirectObject): boolean {
    if (!(object.value instanceof PdfStream)) return false;
    const { dict } = object.value;
    // By number alone an older revision's stream could be mistaken for one: it must look the part.
    return nameOf(dict.get('Type')) === 'ObjStm' || (this.packedStreams.has(object.num) && dict.has('First'));
  }

  /** The objects an object stream holds. */
  *packedObjects(stream: PdfStream): Generator<PdfValue> {
    const contents = this.objectStream(stream);
    // Every object, even one whose number repeats: an xref can point at either copy.
    for (const offset of contents.offsets) {
      const parser = new PdfParser(contents.bytes, offset);
      try {
        yield parser.parseValue();
      } finally {
        this.chargeParsing(parser.pos - offset);
      }
    }
  }

  private chargeParsing(bytes: number): void {
    this.parsedBytes += bytes;
    if (this.parsedBytes > PARSE_PASSES * this.bytes.length + MAX_PACKED_BYTES) {
      throw new PdfTooComplexError('parsing would take too long');
    }
  }

  private countObjects(count: number): void {
    this.objectCount += count;
    if (this.objectCount > MAX_OBJECTS) throw new PdfTooComplexError('too many objects');
  }

  private object(num: number): PdfValue {
    const entry = this.entries.get(num);
    if (!entry || entry.type === 'free') return null;
    if (this.loading.has(num)) throw new PdfSyntaxError(`object ${num} refers to itself`);
    this.loading.add(num);
    try {
      if (entry.type === 'packed') return this.packedObject(entry.stream, num);
      const found = this.objectAt(entry.offset, num);
      if (found !== undefined) return found;
      const repaired = this.scanHeaders().last.get(num);
      return repaired === undefined ? null : (this.objectAt(repaired, num, true) ?? null);
    } finally {
      this.loading.delete(num);
    }
  }

  private objectAt(offset: number, num: number, strict = false): PdfValue | undefined {
    const parser = new PdfParser(this.bytes, offset);
    try {
      const object = parser.parseIndirect();
      return object.num === num ? object.value : undefined;
    } catch (error) {
      if (strict || isAtHeader(this.bytes, offset)) throw error;
      return undefined;
    } finally {
      // Charged too: many references to one huge object would otherwise parse it again each time.
      this.chargeParsing(parser.pos - offset);
    }
  }

  private packedObject(streamNum: number, num: number): PdfValue {
    const stream = this.object(streamNum);
    if (!(stream instanceof PdfStream)) throw new PdfSyntaxError(`object stream ${streamNum} is missing`);
    const contents = this.objectStream(stream);
    const offset = contents.byNum.get(num);
    if (offset === undefined) return null;
    const parser = new PdfParser(contents.bytes, offset);
    try {
      return parser.parseValue();
    } finally {
      this.chargeParsing(parser.pos - offset);
    }
  }

  private objectStream(stream: PdfStream): ObjectStream {
    const cached = this.streams.get(stream.start);
    if (cached) return cached;
    const data = streamData(this.bytes, stream, this.resolve, this.budget);
    const bytes = decodeForParsing(data, stream.dict, this.resolve, this.budget);
    const count = this.resolve(stream.dict.get('N'));
    const first = this.resolve(stream.dict.get('First'));
    if (typeof count !== 'number' || typeof first !== 'number') throw new PdfSyntaxError('bad object stream');
    const { offsets, byNum } = objectStreamIndex(bytes, count, first);
    this.countObjects(offsets.length);
    this.packedBytes += bytes.length;
    if (this.packedBytes > MAX_PACKED_BYTES) throw new PdfTooComplexError('too many packed objects');
    const contents = { bytes, offsets, byNum };
    this.streams.set(stream.start, contents);
    return contents;
  }

  private readCrossReferences(): void {
    const tailStart = Math.max(0, this.text.length - TAIL);
    const at = this.text.lastIndexOf('startxref');
    if (at < tailStart) throw new PdfSyntaxError('no startxref at the end: the file is truncated');
    const parser = new PdfParser(this.bytes, at + 'startxref'.length);
    const offset = parser.readInt();
    if (offset === null) throw new PdfSyntaxError('startxref without an offset');
    try {
      this.readSections(offset);
      if (this.trailer.get('Root') instanceof PdfRef) return;
    } catch (error) {
      if (!(error instanceof PdfSyntaxError)) throw error;
    }
    this.reconstruct();
  }

  private readSections(first: number): void {
    const visited = new Set<number>();
    let next: PdfValue | undefined = first;
    while (typeof next === 'number' && !visited.has(next)) {
      if (visited.size >= MAX_SECTIONS) throw new PdfSyntaxError('too many cross-reference sections');
      visited.add(next);
      const trailer = this.readSection(next);
      for (const [key, value] of trailer) if (!this.trailer.has(key)) this.trailer.set(key, value);
      // A hybrid file's table is completed by the stream it names (§7.5.8.4).
      const hybrid = trailer.get('XRefStm');
      if (typeof hybrid === 'number') this.readSection(hybrid);
      next = trailer.get('Prev');
    }
  }

  private readSection(offset: number): PdfDict {
    const parser = new PdfParser(this.bytes, offset);
    const start = parser.pos;
    if (parser.readWord() === 'xref') return readXrefTable(parser, (num, entry) => this.addEntry(num, entry));
    parser.pos = start;
    const { value } = parser.parseIndirect();
    if (!(value instanceof PdfStream) || nameOf(value.dict.get('Type')) !== 'XRef') {
      throw new PdfSyntaxError('startxref does not point at a cross-reference section');
    }
    readXrefStream(this.bytes, value, this.budget, (num, entry) => this.addEntry(num, entry));
    return value.dict;
  }

  /** Newer sections are read first, so the first entry for a number wins. */
  private addEntry(num: number, entry: XrefEntry): void {
    if (this.entries.has(num)) return;
    this.entries.set(num, entry);
    if (entry.type === 'packed') this.packedStreams.add(entry.stream);
  }

  /**
   * Repair, as viewers do: objects by their headers and inside object streams, the trailer from the
   * last one written.
   */
  private reconstruct(): void {
    this.entries.clear();
    this.packedStreams.clear();
    this.trailer = new Map();
    for (const [num, offset] of this.scanHeaders().last) this.entries.set(num, { type: 'offset', offset });
    const trailers: PdfDict[] = [];
    const packed: [number, PdfStream][] = [];
    for (const object of this.topLevelObjects()) {
      if (!(object.value instanceof PdfStream)) continue;
      const type = nameOf(object.value.dict.get('Type'));
      if (type === 'XRef') trailers.push(object.value.dict);
      if (type === 'ObjStm') packed.push([object.num, object.value]);
    }
    for (const [stream, value] of packed) {
      for (const num of this.objectStream(value).byNum.keys()) this.addEntry(num, { type: 'packed', stream });
    }
    for (const match of this.text.matchAll(/trailer/g)) {
      const start = match.index + 'trailer'.length;
      const parser = new PdfParser(this.bytes, start);
      try {
        const dict = parser.parseValue();
        if (dict instanceof Map) trailers.push(dict);
      } catch {
        // Not every occurrence of the word is a trailer; the others are simply not trailers.
      } finally {
        this.chargeParsing(parser.pos - start);
      }
    }
    for (const dict of trailers.reverse()) {
      for (const [key, value] of dict) if (!this.trailer.has(key)) this.trailer.set(key, value);
    }
    if (!(this.trailer.get('Root') instanceof PdfRef)) throw new PdfSyntaxError('no document catalog');
  }

  private scanHeaders(): { offsets: number[]; last: Map<number, number> } {
    if (this.headers) return this.headers;
    const offsets: number[] = [];
    const last = new Map<number, number>();
    for (const match of this.text.matchAll(HEADER)) {
      offsets.push(match.index);
      last.set(Number(match[1]), match.index);
    }
    this.countObjects(offsets.length);
    this.headers = { offsets, last };
    return this.headers;
  }
}
