import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { readQr, toGrey } from './read-qr.js';

/** A QR as the camera would see it on a white screen: black modules, a quiet zone, 4 px a module. */
function picture(text: string, scale = 4, margin = 4) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const side = (modules.size + margin * 2) * scale;
  const grey = new Uint8ClampedArray(side * side).fill(255);
  for (let y = 0; y < side; y += 1) {
    for (let x = 0; x < side; x += 1) {
      const row = Math.floor(y / scale) - margin;
      const column = Math.floor(x / scale) - margin;
      if (row >= 0 && column >= 0 && row < modules.size && column < modules.size && modules.get(row, column))
        grey[y * side + x] = 0;
    }
  }
  return { grey, side };
}

describe('readQr', () => {
  it('reads a link code as the computer shows it', () => {
    const text = 'https://passerelle.example.lu/app/link#Qk8xYm5uR1Z6bHJ4dFlHa0FwT3M5ZHd6VjNlU2pIcU0';
    const { grey, side } = picture(text);
    expect(readQr(grey, side, side)).toBe(text);
  });

  it('answers null for a picture with no code', () => {
    expect(readQr(new Uint8ClampedArray(200 * 200).fill(200), 200, 200)).toBeNull();
  });
});

describe('toGrey', () => {
  it('keeps white white and black black, and weighs green most', () => {
    const rgba = new Uint8ClampedArray([255, 255, 255, 255, 0, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255]);
    const [white, black, green, blue] = toGrey(rgba);
    expect([white, black]).toEqual([255, 0]);
    expect(green).toBeGreaterThan(blue!);
  });
});
