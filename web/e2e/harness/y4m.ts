import { writeFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { allowCompiledFunctions } from './in-page.js';

/**
 * Turns a picture (a screenshot of the desktop's QR, or a document photo) into a one-frame Y4M file
 * for Chromium's fake camera, which loops it. The picture is padded onto a white frame rather than
 * stretched (PITFALLS.md); it is only scaled down when it does not fit. The conversion to I420 runs
 * in a blank page of the given browser, so the tests need no image library.
 */
export async function writeY4m(
  context: BrowserContext,
  image: Buffer,
  path: string,
  options: { width?: number; height?: number; mime?: string; background?: string } = {},
) {
  const width = options.width ?? 640;
  const height = options.height ?? 480;
  const page = await context.newPage();
  try {
    await allowCompiledFunctions(page);
    const dataUrl = `data:${options.mime ?? 'image/png'};base64,${image.toString('base64')}`;
    const planes = await page.evaluate(
      async ({ dataUrl, width, height, background }) => {
        const picture = new Image();
        picture.src = dataUrl;
        await picture.decode();
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const context = canvas.getContext('2d')!;
        context.fillStyle = background;
        context.fillRect(0, 0, width, height);
        const scale = Math.min(1, width / picture.width, height / picture.height);
        const w = Math.round(picture.width * scale);
        const h = Math.round(picture.height * scale);
        context.drawImage(picture, Math.round((width - w) / 2), Math.round((height - h) / 2), w, h);
        const { data } = context.getImageData(0, 0, width, height);
        const y = new Uint8Array(width * height);
        const u = new Uint8Array((width / 2) * (height / 2));
        const v = new Uint8Array((width / 2) * (height / 2));
        for (let row = 0; row < height; row += 1) {
          for (let column = 0; column < width; column += 1) {
            const i = (row * width + column) * 4;
            const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
            y[row * width + column] = Math.round(0.257 * r + 0.504 * g + 0.098 * b + 16);
            if (row % 2 === 0 && column % 2 === 0) {
              const c = (row / 2) * (width / 2) + column / 2;
              u[c] = Math.round(-0.148 * r - 0.291 * g + 0.439 * b + 128);
              v[c] = Math.round(0.439 * r - 0.368 * g - 0.071 * b + 128);
            }
          }
        }
        const toBase64 = (bytes: Uint8Array) => {
          let text = '';
          for (let i = 0; i < bytes.length; i += 0x8000)
            text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
          return btoa(text);
        };
        return [toBase64(y), toBase64(u), toBase64(v)];
      },
      { dataUrl, width, height, background: options.background ?? '#ffffff' },
    );
    const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F15:1 Ip A1:1 C420jpeg\nFRAME\n`, 'ascii');
    writeFileSync(path, Buffer.concat([header, ...planes.map((plane) => Buffer.from(plane, 'base64'))]));
  } finally {
    await page.close();
  }
  return path;
}
