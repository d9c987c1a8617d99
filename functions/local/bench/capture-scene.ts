import type { BrowserContext } from 'playwright-core';
import { allowCompiledFunctions } from '../../../web/e2e/harness/in-page.js';

/** The words printed on the bench's page: what OCR should find again in the filed PDF. */
export const PAGE_TEXT = [
  'Municipal housing office, 14 rue des Lilas, 69003 Lyon. Reference 2026-HX-4471.',
  'Dear tenant, following your application of 3 November we confirm that the rent',
  'supplement is granted for twelve months. Please send the documents listed below',
  'before the end of the month; incomplete files cannot be processed. The amounts',
  'shown are monthly and include service charges. Keep this letter for your records.',
  'If your income changes, you must tell us within thirty days, with a recent payslip',
  'or a statement from your employer. Payments are made on the fifth of each month.',
];
export const TABLE = [
  ['Item', 'Amount', 'Period'],
  ['Base rent', '612.40', 'monthly'],
  ['Service charges', '85.00', 'monthly'],
  ['Supplement', '140.00', 'twelve months'],
];

export function truthWords(): string[] {
  return [...PAGE_TEXT, ...TABLE.flat()]
    .join(' ')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3);
}

/**
 * A photo of a letter lying on a noisy desk, drawn in Chromium: an A4 sheet at 200 dpi with a title,
 * paragraphs, a table whose header cells are filled grey, and a line figure, mapped with a
 * perspective onto a `width`×`height` desk and saved as a camera would (JPEG 0.92). Returns the JPEG
 * and the sheet's true corners.
 */
export async function captureScene(context: BrowserContext, width: number, height: number) {
  // A portrait sheet filling most of the frame's height, with a slight perspective.
  const h = 0.84 * height;
  const w = h / Math.SQRT2;
  const left = width / 2 - w / 2;
  const corners: [[number, number], [number, number], [number, number], [number, number]] = [
    [left + 0.03 * w, 0.08 * height],
    [left + 0.97 * w, 0.09 * height],
    [left + w, 0.08 * height + h],
    [left, 0.08 * height + h * 0.99],
  ];
  const page = await context.newPage();
  try {
    await allowCompiledFunctions(page);
    const jpeg = await page.evaluate(
      async ({ width, height, corners, text, table }) => {
        const sheet = document.createElement('canvas');
        sheet.width = 1654;
        sheet.height = 2339;
        const ink = sheet.getContext('2d');
        if (!ink) throw new Error('Chromium gave no 2D context for the sheet canvas');
        ink.fillStyle = '#fbfbf8';
        ink.fillRect(0, 0, sheet.width, sheet.height);
        ink.fillStyle = '#151515';
        ink.font = 'bold 64px serif';
        ink.fillText('Rent supplement decision', 160, 260);
        ink.font = '34px serif';
        text.forEach((line: string, i: number) => {
          ink.fillText(line, 160, 400 + i * 56);
        });
        // The table: grey-filled header cells, thin borders.
        const top = 900;
        const columns = [160, 700, 1100, 1494];
        ink.fillStyle = '#c4c4c4';
        ink.fillRect(160, top, 1334, 70);
        ink.strokeStyle = '#151515';
        ink.lineWidth = 2;
        table.forEach((row: string[], r: number) => {
          row.forEach((cell, c) => {
            const x = columns[c];
            if (x === undefined) throw new Error(`The table's row ${r} has more cells than columns`);
            ink.fillStyle = '#151515';
            ink.font = r === 0 ? 'bold 34px sans-serif' : '34px sans-serif';
            ink.fillText(cell, x + 20, top + r * 70 + 47);
          });
          ink.strokeRect(160, top + r * 70, 1334, 70);
        });
        for (const x of columns) {
          ink.beginPath();
          ink.moveTo(x, top);
          ink.lineTo(x, top + 70 * table.length);
          ink.stroke();
        }
        // A line figure with a light fill.
        ink.lineWidth = 1.5;
        ink.fillStyle = '#dedede';
        ink.beginPath();
        ink.arc(1200, 1600, 160, 0, Math.PI * 2);
        ink.fill();
        ink.stroke();
        ink.beginPath();
        ink.moveTo(200, 1800);
        ink.lineTo(900, 1400);
        ink.lineTo(900, 1800);
        ink.closePath();
        ink.stroke();
        const desk = document.createElement('canvas');
        desk.width = width;
        desk.height = height;
        const context = desk.getContext('2d');
        if (!context) throw new Error('Chromium gave no 2D context for the desk canvas');
        const image = context.createImageData(width, height);
        let seed = 7;
        const random = () => {
          seed = (seed * 16807) % 2147483647;
          return seed / 2147483647;
        };
        for (let i = 0; i < width * height; i += 1) {
          const shade = 52 + random() * 22 + ((i % width) / width) * 20;
          image.data.set([shade, shade * 0.85, shade * 0.7, 255], i * 4);
        }
        context.putImageData(image, 0, 0);
        const [tl, tr, br, bl] = corners;
        const strips = 400;
        const lerp = (a: [number, number], b: [number, number], t: number): [number, number] => [
          a[0] + (b[0] - a[0]) * t,
          a[1] + (b[1] - a[1]) * t,
        ];
        context.imageSmoothingQuality = 'high';
        for (let s = 0; s < strips; s += 1) {
          const v0 = s / strips;
          const v1 = (s + 1) / strips;
          const left0 = lerp(tl, bl, v0);
          const right0 = lerp(tr, br, v0);
          const left1 = lerp(tl, bl, v1);
          const sh = sheet.height / strips;
          context.setTransform(
            (right0[0] - left0[0]) / sheet.width,
            (right0[1] - left0[1]) / sheet.width,
            (left1[0] - left0[0]) / sh,
            (left1[1] - left0[1]) / sh,
            left0[0],
            left0[1],
          );
          context.drawImage(sheet, 0, v0 * sheet.height, sheet.width, sh + 0.5, 0, 0, sheet.width, sh + 0.5);
        }
        context.setTransform(1, 0, 0, 1, 0, 0);
        // Light falling off towards one side, and sensor noise, as in a photo.
        // One grain per pixel, drawn at its red byte, in pixel order; alpha is kept.
        const lit = context.getImageData(0, 0, width, height);
        let fall = 1;
        let grain = 0;
        lit.data.set(
          lit.data.map((value, k) => {
            const c = k % 4;
            if (c === 3) return value;
            if (c === 0) {
              fall = 1 - 0.18 * (((k / 4) % width) / width);
              grain = (random() - 0.5) * 10;
            }
            return value * fall + grain;
          }),
        );
        context.putImageData(lit, 0, 0);
        const blob = await new Promise<Blob>((resolve, reject) =>
          desk.toBlob(
            (b) => (b ? resolve(b) : reject(new Error('The desk canvas gave no JPEG'))),
            'image/jpeg',
            0.92,
          ),
        );
        const bytes = new Uint8Array(await blob.arrayBuffer());
        let out = '';
        for (let i = 0; i < bytes.length; i += 0x8000)
          out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return btoa(out);
      },
      { width, height, corners, text: PAGE_TEXT, table: TABLE },
    );
    return { jpeg: Buffer.from(jpeg, 'base64'), corners };
  } finally {
    await page.close();
  }
}
