import { type Rgb, textPage } from './test-scenes.js';

/**
 * Pages that hold a rectangle of their own, painted in the page's 0–1 coordinates for `deskScene`:
 * the outline must still be the sheet (issue 12: a real page with a large bordered table was filed
 * as the table alone, its title and sender cut off; outlines stopped at a rule across the page).
 * Printers leave a few millimetres bare at the sheet's edge; these borders come as close as that.
 */

const PAPER: Rgb = [236, 234, 228];
const INK: Rgb = [35, 35, 40];
const SHADE: Rgb = [175, 175, 178];

/** Lines of text between `top` and `bottom` (page fractions), in the usual margins. */
function text(u: number, v: number, top: number, bottom: number): Rgb {
  if (v < top || v > bottom) return PAPER;
  // textPage's own text block spans v 0.08–0.92: stretch it over [top, bottom].
  return textPage(u, 0.08 + ((v - top) / (bottom - top)) * 0.84);
}

/** True on the border (thickness `t` of the page's width) of the rectangle [x0, x1] × [y0, y1]. */
function border(u: number, v: number, [x0, y0, x1, y1]: number[], t: number): boolean {
  const inside = u >= x0! && u <= x1! && v >= y0! && v <= y1!;
  const ty = t / Math.SQRT2; // the same thickness in millimetres along the A4 page's height
  return inside && (u < x0! + t || u > x1! - t || v < y0! + ty || v > y1! - ty);
}

export type NestedPage = 'table' | 'box' | 'photo' | 'rules';

export const NESTED_PAGES: Record<NestedPage, (u: number, v: number) => Rgb> = {
  /** A title and sender above a table filling the rest of the sheet: shaded header, ruled columns. */
  table(u, v) {
    const table = [0.045, 0.2, 0.955, 0.95];
    if (border(u, v, table, 0.007)) return INK;
    if (u > 0.045 && u < 0.955 && v > 0.2 && v < 0.95) {
      if (Math.abs(u - 0.38) < 0.002 || Math.abs(u - 0.68) < 0.002) return INK;
      if (v < 0.26) return SHADE;
      if (Math.abs(((v - 0.26) % 0.08) - 0.04) < 0.0015) return INK;
      return text(u, v, 0.27, 0.94);
    }
    return text(u, v, 0.05, 0.16);
  },
  /** A form framed by a thick border a few millimetres inside the sheet's edge. */
  box(u, v) {
    if (border(u, v, [0.03, 0.03, 0.97, 0.97], 0.01)) return INK;
    if (border(u, v, [0.06, 0.45, 0.94, 0.7], 0.005)) return INK;
    return text(u, v, 0.08, 0.4);
  },
  /** A dark photograph across the top of the page, a caption and text under it. */
  photo(u, v) {
    if (u > 0.06 && u < 0.94 && v > 0.06 && v < 0.62) {
      const s = 95 + 55 * Math.sin(u * 21) * Math.cos(v * 13);
      return [s, s * 0.92, s * 0.8];
    }
    return text(u, v, 0.66, 0.93);
  },
  /** A letterhead: rules across the whole sheet under the heading, at the middle and above the foot. */
  rules(u, v) {
    if (u > 0.025 && u < 0.975 && [0.13, 0.5, 0.87].some((r) => Math.abs(v - r) < 0.004)) return INK;
    return text(u, v, 0.04, 0.96);
  },
};
