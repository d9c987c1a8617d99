/**
 * Stands in for jsPDF's optional dependencies (html2canvas, DOMPurify, canvg: vite.config.ts aliases
 * them here). They serve `doc.html()` and SVG drawing, which Passerelle never calls; left in, the
 * service worker would download ~100 KB gzip of them on every first visit.
 */
export default function notBundled(): never {
  throw new Error('jsPDF’s HTML and SVG rendering are not part of Passerelle.');
}
