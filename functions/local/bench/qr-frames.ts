import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { PNG } from 'pngjs';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { FIRST_READ_SIDE, readFullFrame } from '../../../web/src/scanner/read-sizes.js';
import { must } from '../../test/must.js';

const PHOTOS = resolve(process.env.SHARED_DIR ?? '../shared', 'testdata/qr-photos');

interface Frame {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/**
 * Issue 12: printed QR codes shown to the camera, which the scanner (960 px reads) missed and
 * zxing-cpp read at the frame's full size. ZXing's photos (640×480) are laid, unscaled, in the middle
 * of a 1920×1080 frame (as the fake camera shows a padded picture), then read by zxing-cpp as the
 * scanner reads them: at 960 px only (before), the scanner's plan over two frames (960 px, then the
 * full frame every other frame), and at full size (the yardstick). zxing-cpp runs in Node here.
 */
export async function benchQrFrames() {
  if (!existsSync(PHOTOS)) return { skipped: `${PHOTOS} not found` };
  const wasm = readFileSync(createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'));
  await prepareZXingModule({ overrides: { wasmBinary: wasm.buffer as ArrayBuffer }, fireImmediately: true });
  const rows: {
    photo: string;
    at960: boolean;
    plan: boolean;
    full: boolean;
    ms960: number;
    msFull: number;
  }[] = [];
  for (const name of readdirSync(PHOTOS).filter((f) => f.endsWith('.png'))) {
    const expected = readFileSync(resolve(PHOTOS, name.replace('.png', '.txt')), 'utf8').trim();
    const frame = padded(PNG.sync.read(readFileSync(resolve(PHOTOS, name))), 1920, 1080);
    let started = performance.now();
    const at960 = (await read(shrink(frame, FIRST_READ_SIDE))).includes(expected);
    const ms960 = performance.now() - started;
    started = performance.now();
    const full = (await read(frame)).includes(expected);
    const msFull = performance.now() - started;
    // Two consecutive frames of a still picture under the scanner's plan.
    let plan = false;
    for (let n = 1; n <= 2 && !plan; n += 1)
      plan = at960 || (readFullFrame(n, Math.max(frame.width, frame.height)) && full);
    rows.push({ photo: name, at960, plan, full, ms960: Math.round(ms960), msFull: Math.round(msFull) });
  }
  const count = (key: 'at960' | 'plan' | 'full') => `${rows.filter((r) => r[key]).length} / ${rows.length}`;
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return {
    frame: '1920×1080, photo unscaled in the middle',
    zxingCpp960: count('at960'),
    scannerPlanTwoFrames: count('plan'),
    zxingCppFullSize: count('full'),
    medianMs: { at960: median(rows.map((r) => r.ms960)), fullSize: median(rows.map((r) => r.msFull)) },
  };
}

async function read(frame: Frame): Promise<string[]> {
  const results = await readBarcodes(frame as unknown as ImageData, {
    formats: ['QRCode'],
    tryHarder: true,
    maxNumberOfSymbols: 4,
  });
  return results.filter((r) => r.isValid).map((r) => r.text.trim());
}

function padded(photo: PNG, width: number, height: number): Frame {
  const data = new Uint8ClampedArray(width * height * 4).fill(128);
  const left = Math.floor((width - photo.width) / 2);
  const top = Math.floor((height - photo.height) / 2);
  for (let y = 0; y < photo.height; y += 1)
    for (let x = 0; x < photo.width; x += 1) {
      const from = (y * photo.width + x) * 4;
      const to = ((y + top) * width + x + left) * 4;
      data.set(photo.data.subarray(from, from + 3), to);
      data[to + 3] = 255;
    }
  return { data, width, height };
}

/** Area-average shrink to a longest side of `side` (as a canvas's smoothed drawImage does, roughly). */
function shrink(frame: Frame, side: number): Frame {
  const scale = side / Math.max(frame.width, frame.height);
  const width = Math.round(frame.width * scale);
  const height = Math.round(frame.height * scale);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) {
      const x0 = Math.floor(x / scale);
      const x1 = Math.max(x0 + 1, Math.floor((x + 1) / scale));
      const y0 = Math.floor(y / scale);
      const y1 = Math.max(y0 + 1, Math.floor((y + 1) / scale));
      for (let c = 0; c < 3; c += 1) {
        let sum = 0;
        for (let sy = y0; sy < y1; sy += 1)
          for (let sx = x0; sx < x1; sx += 1)
            sum += must(frame.data[(sy * frame.width + sx) * 4 + c], 'a pixel inside the frame');
        data[(y * width + x) * 4 + c] = sum / ((x1 - x0) * (y1 - y0));
      }
      data[(y * width + x) * 4 + 3] = 255;
    }
  return { data, width, height };
}
