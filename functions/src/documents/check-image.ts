import { checkSize, type Refusal, refuse } from './check-refusal.js';

export type ImageCheck = { ok: true; kind: 'jpeg' | 'png'; width: number; height: number } | Refusal;

/**
 * Beyond this a picture is a decompression bomb rather than a photo: a 100-megapixel image takes
 * 400 MB once decoded, and phone cameras stop around 50 MP (a 200 dpi A4 page is 3.9 MP).
 */
export const MAX_PIXELS = 100_000_000;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

export function isJpeg(bytes: Uint8Array): boolean {
  return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

/** A JPEG or PNG picture, its dimensions read from its header. */
export function checkImage(bytes: Uint8Array, limits: { maxBytes: number }): ImageCheck {
  const size = checkSize(bytes, limits.maxBytes);
  if (size) return size;
  const kind = isPng(bytes) ? 'png' : isJpeg(bytes) ? 'jpeg' : undefined;
  if (!kind)
    return refuse('unsupported_file', 'This type of file is not accepted. Send a PDF, JPEG or PNG file.');
  const dimensions = kind === 'png' ? pngDimensions(bytes) : jpegDimensions(bytes);
  if (!dimensions || dimensions.width === 0 || dimensions.height === 0) {
    return refuse(
      'image_unreadable',
      'This picture is damaged and cannot be read. Save it again, or take a new picture, and try once more.',
    );
  }
  if (dimensions.width * dimensions.height > MAX_PIXELS) {
    return refuse(
      'image_too_large',
      'This picture is too large (over 100 megapixels). Save it at a smaller size and try again.',
    );
  }
  return { ok: true, kind, ...dimensions };
}

type Dimensions = { width: number; height: number };

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** PNG puts IHDR first (width, height as 32-bit big-endian numbers). */
function pngDimensions(bytes: Uint8Array): Dimensions | undefined {
  if (bytes.length < 24) return undefined;
  const data = view(bytes);
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (data.getUint32(8) !== 13 || type !== 'IHDR') return undefined;
  return { width: data.getUint32(16), height: data.getUint32(20) };
}

// Start-of-frame markers carry the dimensions; C4 (Huffman tables), C8 and CC are not frames.
const START_OF_FRAME = new Set([
  0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf,
]);

/**
 * Walks the JPEG segments up to the frame header. Tables may come before it in any order (as
 * ffmpeg and some cameras write them), so reading a fixed offset is not enough.
 */
function jpegDimensions(bytes: Uint8Array): Dimensions | undefined {
  const data = view(bytes);
  let pos = 2;
  while (pos + 4 <= bytes.length) {
    if (bytes[pos] !== 0xff) return undefined;
    const marker = data.getUint8(pos + 1);
    // Fill bytes, and markers that stand alone without a length.
    if (marker === 0xff || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      pos += marker === 0xff ? 1 : 2;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return undefined;
    const length = data.getUint16(pos + 2);
    if (START_OF_FRAME.has(marker)) {
      if (pos + 9 > bytes.length) return undefined;
      return { height: data.getUint16(pos + 5), width: data.getUint16(pos + 7) };
    }
    if (length < 2) return undefined;
    pos += 2 + length;
  }
  return undefined;
}
