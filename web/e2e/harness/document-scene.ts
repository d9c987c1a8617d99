import type { BrowserContext } from 'playwright-core';
import { allowCompiledFunctions } from './in-page.js';

/**
 * A photo of a document for the fake camera, composed in a blank page: a dark, noisy desk and a
 * white A4 page with lines of "text", placed with a known perspective. Returns the PNG and the
 * page's true corners (so tests know where the outline must be).
 */
export async function documentScene(
  context: BrowserContext,
  options: {
    width?: number;
    height?: number;
    corners?: [number, number][];
    title?: string;
    /** Blur of the printed page, in its own pixels (a shaking hand). */
    blur?: number;
    /** Another page of the same size: a large black box in its lower half (for stacks, and order). */
    second?: boolean;
  } = {},
) {
  const width = options.width ?? 640;
  const height = options.height ?? 480;
  const corners = options.corners ?? [
    [215, 62],
    [452, 78],
    [470, 418],
    [190, 404],
  ];
  const page = await context.newPage();
  try {
    await allowCompiledFunctions(page);
    const png = await page.evaluate(
      async ({ width, height, corners, title, blur, second }) => {
        // The flat page first (A4 at 1/4 scale), then mapped onto the desk with a perspective.
        const sheet = document.createElement('canvas');
        sheet.width = 420;
        sheet.height = 594;
        const ink = sheet.getContext('2d')!;
        ink.fillStyle = '#fbfbf8';
        ink.fillRect(0, 0, sheet.width, sheet.height);
        ink.fillStyle = '#111';
        // A shaking hand smears the print; the sheet's own edges stay where they are.
        if (blur) ink.filter = `blur(${blur}px)`;
        ink.font = 'bold 26px sans-serif';
        ink.fillText(title, 36, 70);
        ink.font = '14px sans-serif';
        for (let line = 0; line < (second ? 10 : 24); line += 1) {
          const words = 'Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod'.split(' ');
          ink.fillText(words.slice(0, 6 + (line % 6)).join(' '), 36, 120 + line * 19);
        }
        if (second) ink.fillRect(36, 340, 348, 200);
        ink.filter = 'none';
        const desk = document.createElement('canvas');
        desk.width = width;
        desk.height = height;
        const context = desk.getContext('2d')!;
        const image = context.createImageData(width, height);
        let seed = 7;
        const random = () => {
          seed = (seed * 16807) % 2147483647;
          return seed / 2147483647;
        };
        for (let i = 0; i < width * height; i += 1) {
          const shade = 52 + random() * 22 + (i % width) / 40;
          image.data.set([shade, shade * 0.85, shade * 0.7, 255], i * 4);
        }
        context.putImageData(image, 0, 0);
        // Map the sheet onto the quadrilateral by splitting it into thin horizontal strips, each
        // drawn with the affine transform of its trapezoid: close enough to a true perspective.
        const [tl, tr, br, bl] = corners as [number, number][] as [
          [number, number],
          [number, number],
          [number, number],
          [number, number],
        ];
        const strips = 240;
        for (let s = 0; s < strips; s += 1) {
          const v0 = s / strips;
          const v1 = (s + 1) / strips;
          const lerp = (a: [number, number], b: [number, number], t: number): [number, number] => [
            a[0] + (b[0] - a[0]) * t,
            a[1] + (b[1] - a[1]) * t,
          ];
          const left0 = lerp(tl, bl, v0);
          const right0 = lerp(tr, br, v0);
          const left1 = lerp(tl, bl, v1);
          const sy = v0 * sheet.height;
          const sh = sheet.height / strips;
          context.setTransform(
            (right0[0] - left0[0]) / sheet.width,
            (right0[1] - left0[1]) / sheet.width,
            (left1[0] - left0[0]) / sh,
            (left1[1] - left0[1]) / sh,
            left0[0],
            left0[1],
          );
          context.drawImage(sheet, 0, sy, sheet.width, sh + 0.5, 0, 0, sheet.width, sh + 0.5);
        }
        context.setTransform(1, 0, 0, 1, 0, 0);
        const blob = await new Promise<Blob>((resolve) => desk.toBlob((b) => resolve(b!), 'image/png'));
        const bytes = new Uint8Array(await blob.arrayBuffer());
        let text = '';
        for (let i = 0; i < bytes.length; i += 0x8000)
          text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return btoa(text);
      },
      {
        width,
        height,
        corners,
        title: options.title ?? 'Rental lease',
        blur: options.blur ?? 0,
        second: options.second ?? false,
      },
    );
    return { png: Buffer.from(png, 'base64'), corners };
  } finally {
    await page.close();
  }
}
