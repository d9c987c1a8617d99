import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { zxingRead } from './zxing-decoder.js';

/** A QR code drawn into RGBA pixels, as the page hands a frame to the QR worker. */
function qrPixels(text: string, scale = 4, margin = 4) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = (modules.size + 2 * margin) * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  for (let y = 0; y < size; y += 1)
    for (let x = 0; x < size; x += 1) {
      const mx = Math.floor(x / scale) - margin;
      const my = Math.floor(y / scale) - margin;
      const dark = mx >= 0 && my >= 0 && mx < modules.size && my < modules.size && modules.get(my, mx);
      if (dark) data.fill(0, (y * size + x) * 4, (y * size + x) * 4 + 3);
    }
  return { data, width: size, height: size, colorSpace: 'srgb' } as ImageData;
}

describe('zxingRead (zxing-js in the QR worker)', () => {
  it('reads a code from pixels', () => {
    const text = 'https://passerelle.example/app/link#Qk8xYm5uR1Z6bHJ4dFlHa0FwT3M5ZHd6VjNlU2pIcU0';
    expect(zxingRead(qrPixels(text))).toEqual([text]);
  });

  it('reads nothing where there is no code', () => {
    const blank = { data: new Uint8ClampedArray(200 * 200 * 4).fill(255), width: 200, height: 200 };
    expect(zxingRead(blank as ImageData)).toEqual([]);
  });
});
