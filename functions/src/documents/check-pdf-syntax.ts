// PDF objects and their syntax (ISO 32000-1 §7.2–7.3): only what the upload checks need to read
// a file's structure. Names are decoded (`/J#61vaScript` is `JavaScript`); strings are kept raw.

export class PdfName {
  constructor(readonly name: string) {}
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

export class PdfString {
  constructor(readonly raw: Uint8Array) {}
}

export type PdfDict = Map<string, PdfValue>;

/** A stream as it sits in the file: its dictionary and where its data begins. */
export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    readonly start: number,
  ) {}
}

export type PdfValue =
  | null
  | boolean
  | number
  | PdfName
  | PdfRef
  | PdfString
  | PdfValue[]
  | PdfDict
  | PdfStream;

export interface IndirectObject {
  num: number;
  gen: number;
  value: PdfValue;
  /** Where `num gen obj` begins: the same object reached twice is recognised by it. */
  offset: number;
}

/** The file is not well-formed PDF where we needed it to be. */
export class PdfSyntaxError extends Error {}

/**
 * The byte (or table entry) at `index`. The readers check their bounds before reading, so this
 * never fails on a file they accept; if one ever reads past the end, the file is refused as damaged
 * rather than `undefined` turning into NaN further on.
 */
export function byteAt(bytes: ArrayLike<number>, index: number): number {
  const byte = bytes[index];
  if (byte === undefined) throw new PdfSyntaxError(`read past the end (at ${index} of ${bytes.length})`);
  return byte;
}

// Real files nest a handful of levels; a crafted one could nest until the stack overflows.
const MAX_DEPTH = 100;

const CR = 0x0d;
const LF = 0x0a;

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === LF || byte === CR || byte === 0x09 || byte === 0x0c || byte === 0x00;
}

function isDelimiter(byte: number): boolean {
  // ( ) < > [ ] { } / %
  return (
    byte === 0x28 ||
    byte === 0x29 ||
    byte === 0x3c ||
    byte === 0x3e ||
    byte === 0x5b ||
    byte === 0x5d ||
    byte === 0x7b ||
    byte === 0x7d ||
    byte === 0x2f ||
    byte === 0x25
  );
}

function isRegular(byte: number): boolean {
  return !isSpace(byte) && !isDelimiter(byte);
}

export function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  const lower = byte | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}

export class PdfParser {
  constructor(
    readonly bytes: Uint8Array,
    public pos = 0,
  ) {}

  atEnd(): boolean {
    this.skipSpace();
    return this.pos >= this.bytes.length;
  }

  /** Skips white space and comments. */
  skipSpace(): void {
    const { bytes } = this;
    while (this.pos < bytes.length) {
      const byte = byteAt(bytes, this.pos);
      if (isSpace(byte)) this.pos++;
      else if (byte === 0x25) {
        while (this.pos < bytes.length && bytes[this.pos] !== LF && bytes[this.pos] !== CR) this.pos++;
      } else return;
    }
  }

  /** The run of regular characters at the current position (a keyword or a number), or ''. */
  readWord(): string {
    this.skipSpace();
    const start = this.pos;
    while (this.pos < this.bytes.length && isRegular(byteAt(this.bytes, this.pos))) this.pos++;
    return latin1(this.bytes, start, this.pos);
  }

  /** A non-negative integer, or null (position unchanged) when there is none. */
  readInt(): number | null {
    const start = this.pos;
    const word = this.readWord();
    if (/^\d{1,15}$/.test(word)) return Number(word);
    this.pos = start;
    return null;
  }

  expectWord(word: string): void {
    const found = this.readWord();
    if (found !== word) throw new PdfSyntaxError(`expected ${word}, found ${found || 'a delimiter'}`);
  }

  /** `num gen obj value` and, after a dictionary, `stream`: the whole indirect object at `pos`. */
  parseIndirect(): IndirectObject {
    this.skipSpace();
    const offset = this.pos;
    const num = this.readInt();
    const gen = this.readInt();
    if (num === null || gen === null) throw new PdfSyntaxError('expected an object number');
    this.expectWord('obj');
    const value = this.parseValue();
    if (!(value instanceof Map)) return { num, gen, value, offset };
    const beforeKeyword = this.pos;
    if (this.readWord() !== 'stream') {
      this.pos = beforeKeyword;
      return { num, gen, value, offset };
    }
    // The keyword is followed by CRLF or LF (§7.3.8.1); a lone CR is tolerated as viewers do.
    if (this.bytes[this.pos] === CR) this.pos++;
    if (this.bytes[this.pos] === LF) this.pos++;
    return { num, gen, value: new PdfStream(value, this.pos), offset };
  }

  parseValue(depth = 0): PdfValue {
    if (depth > MAX_DEPTH) throw new PdfSyntaxError('objects nested too deeply');
    this.skipSpace();
    const byte = this.bytes[this.pos];
    if (byte === undefined) throw new PdfSyntaxError('unexpected end of file');
    if (byte === 0x2f) return this.parseName();
    if (byte === 0x28) return this.parseLiteralString();
    if (byte === 0x5b) return this.parseArray(depth);
    if (byte === 0x3c)
      return this.bytes[this.pos + 1] === 0x3c ? this.parseDict(depth) : this.parseHexString();
    const word = this.readWord();
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) throw new PdfSyntaxError(`unexpected ${word || 'delimiter'}`);
    const value = Number(word);
    return Number.isInteger(value) && /^\d+$/.test(word) ? this.maybeRef(value) : value;
  }

  private maybeRef(num: number): number | PdfRef {
    const start = this.pos;
    const gen = this.readInt();
    if (gen !== null && this.readWord() === 'R') return new PdfRef(num, gen);
    this.pos = start;
    return num;
  }

  private parseName(): PdfName {
    const { bytes } = this;
    this.pos++;
    let name = '';
    while (this.pos < bytes.length && isRegular(byteAt(bytes, this.pos))) {
      const byte = byteAt(bytes, this.pos);
      const high = byte === 0x23 ? hexValue(bytes[this.pos + 1] ?? 0) : -1;
      const low = high >= 0 ? hexValue(bytes[this.pos + 2] ?? 0) : -1;
      if (low >= 0) {
        name += String.fromCharCode(high * 16 + low);
        this.pos += 3;
      } else {
        name += String.fromCharCode(byte);
        this.pos++;
      }
    }
    return new PdfName(name);
  }

  private parseLiteralString(): PdfString {
    const { bytes } = this;
    const start = ++this.pos;
    let depth = 1;
    while (this.pos < bytes.length) {
      const byte = byteAt(bytes, this.pos++);
      if (byte === 0x5c) this.pos++;
      else if (byte === 0x28) depth++;
      else if (byte === 0x29 && --depth === 0) return new PdfString(bytes.subarray(start, this.pos - 1));
    }
    throw new PdfSyntaxError('unterminated string');
  }

  private parseHexString(): PdfString {
    const end = this.bytes.indexOf(0x3e, this.pos);
    if (end < 0) throw new PdfSyntaxError('unterminated hex string');
    const raw = this.bytes.subarray(this.pos + 1, end);
    this.pos = end + 1;
    return new PdfString(raw);
  }

  private parseArray(depth: number): PdfValue[] {
    this.pos++;
    const items: PdfValue[] = [];
    for (;;) {
      this.skipSpace();
      if (this.bytes[this.pos] === 0x5d) {
        this.pos++;
        return items;
      }
      items.push(this.parseValue(depth + 1));
    }
  }

  private parseDict(depth: number): PdfDict {
    this.pos += 2;
    const dict: PdfDict = new Map();
    for (;;) {
      this.skipSpace();
      if (this.bytes[this.pos] === 0x3e && this.bytes[this.pos + 1] === 0x3e) {
        this.pos += 2;
        return dict;
      }
      const key = this.parseValue(depth + 1);
      if (!(key instanceof PdfName)) throw new PdfSyntaxError('dictionary key is not a name');
      dict.set(key.name, this.parseValue(depth + 1));
    }
  }
}

export function latin1(bytes: Uint8Array, start = 0, end = bytes.length): string {
  const from = Math.min(start, bytes.length);
  return Buffer.from(
    bytes.buffer,
    bytes.byteOffset + from,
    Math.max(0, Math.min(end, bytes.length) - from),
  ).toString('latin1');
}

/** The name a value holds, or undefined: for `/Type /ObjStm`-style tests. */
export function nameOf(value: PdfValue | undefined): string | undefined {
  return value instanceof PdfName ? value.name : undefined;
}
