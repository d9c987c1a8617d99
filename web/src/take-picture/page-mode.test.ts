import { describe, expect, it } from 'vitest';
import { chooseMode, inkOf, toGrey } from './page-mode.js';
import { type Raster, raster } from './raster.js';

/** A page of "text": dark strokes on paper lit unevenly (a shadow across the lower half). */
function textPage(width = 300, height = 400): Raster {
  const page = raster(width, height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const light = y > height / 2 ? 150 : 235;
      const stroke = y % 20 < 3 && x > 20 && x < width - 20 && (x >> 3) % 5 !== 0;
      const value = stroke ? 25 : light;
      page.data.set([value, value, value - 4, 255], (y * width + x) * 4);
    }
  }
  return page;
}

function photoPage(width = 300, height = 400): Raster {
  const page = raster(width, height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1)
      page.data.set([(x * 255) / width, 120, (y * 255) / height, 255], (y * width + x) * 4);
  }
  return page;
}

function greyPhoto(width = 300, height = 400): Raster {
  const page = raster(width, height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      // Shades that change within a few pixels, as in a photograph, not only across the page.
      const value = 128 + 60 * Math.sin(x / 7) * Math.cos(y / 9);
      page.data.set([value, value, value, 255], (y * width + x) * 4);
    }
  }
  return page;
}

describe('choosing a mode from what the page looks like', () => {
  it("chooses 'document' for text on paper, even in a shadow", () =>
    expect(chooseMode(textPage())).toBe('document'));
  it("chooses 'colour' for a colourful page", () => expect(chooseMode(photoPage())).toBe('colour'));
  it("chooses 'grey' for shades without colour", () => expect(chooseMode(greyPhoto())).toBe('grey'));
});

describe("'Document' mode", () => {
  it('keeps the strokes as ink and the paper white, in the shadow as in the light', () => {
    const page = textPage();
    const ink = inkOf(page);
    const at = (x: number, y: number) => ink[y * page.width + x];
    expect(at(100, 1)).toBe(1); // a stroke in the light
    expect(at(100, 301)).toBe(1); // a stroke in the shadow
    expect(at(100, 10)).toBe(0); // paper in the light
    expect(at(100, 310)).toBe(0); // paper in the shadow
  });
});

describe("'Grey' mode", () => {
  it('makes every pixel grey', () => {
    const grey = toGrey(photoPage(10, 10));
    for (let i = 0; i < grey.data.length; i += 4) {
      expect(grey.data[i]).toBe(grey.data[i + 1]);
      expect(grey.data[i + 1]).toBe(grey.data[i + 2]);
    }
  });
});
