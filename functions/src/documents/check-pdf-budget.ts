import { constants, inflateSync } from 'node:zlib';
import { PdfSyntaxError } from './check-pdf-syntax.js';

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
export class CappedOutput {
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
