// Decision: our own parser (check-pdf-*.ts), not a library. Minified esbuild bundles (node, esm):
// pdf-lib 1.17.1 adds 605 KB and @cantoo/pdf-lib 2.11.1 adds 597 KB, 60 % of the Lambda's 1 MB,
// where all these checks add 18.4 KB (7 KB gzip). pdf-lib also inflated a 300 MB object-stream
// bomb in full (2.3 s, +316 MB RSS) and reports no scripts by itself; we need only the xref, object
// streams and the page tree, with node:zlib capped (check-pdf-streams.ts).
import { inspectContent } from './check-pdf-content.js';
import { PdfDocument } from './check-pdf-document.js';
import { DecodeBudget, PdfTooComplexError } from './check-pdf-streams.js';
import { nameOf, PdfRef, PdfSyntaxError, type PdfValue } from './check-pdf-syntax.js';
import { checkSize, type Refusal, refuse } from './check-refusal.js';

export type PdfCheck = { ok: true; pages: number } | Refusal;

// Page trees are a few levels deep; deeper is crafted.
const MAX_TREE_DEPTH = 64;

export function isPdf(bytes: Uint8Array): boolean {
  return (
    Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(5, bytes.byteLength)).toString('latin1') === '%PDF-'
  );
}

/**
 * Checks an uploaded PDF before it is filed: a readable structure, a page count within the limit,
 * no encryption, no scripts or automatic actions, no attached files, nothing that expands beyond
 * what an honest document would (SECURITY.md rows 27–30).
 */
export function checkPdf(bytes: Uint8Array, limits: { maxBytes: number; maxPages: number }): PdfCheck {
  const size = checkSize(bytes, limits.maxBytes);
  if (size) return size;
  if (!isPdf(bytes))
    return refuse('not_a_pdf', 'This file is not a PDF. Choose a PDF, or pictures (JPEG, PNG).');
  try {
    const doc = new PdfDocument(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      new DecodeBudget(),
    );
    // Checked first: an encrypted file's object streams cannot be read, so nothing else can be.
    if (doc.resolve(doc.trailer.get('Encrypt')) != null) {
      return refuse(
        'pdf_encrypted',
        'This PDF is protected by a password. Remove the protection and try again.',
      );
    }
    const pages = countPages(doc, limits.maxPages);
    if (pages === 0) return unreadable();
    if (pages > limits.maxPages) {
      return refuse(
        'pdf_too_many_pages',
        `This PDF has more than ${limits.maxPages} pages. Split it into smaller documents and send them one by one.`,
      );
    }
    const finding = inspectContent(doc);
    if (finding === 'active') {
      return refuse(
        'pdf_active_content',
        'This PDF contains scripts or automatic actions, which are not accepted. Print it to a new PDF and try again.',
      );
    }
    if (finding === 'attachments') {
      return refuse(
        'pdf_attachments',
        'This PDF contains attached files, which are not accepted. Send each document on its own.',
      );
    }
    return { ok: true, pages };
  } catch (error) {
    if (error instanceof PdfTooComplexError) {
      return refuse(
        'pdf_too_complex',
        'This PDF expands to far more data than a document needs, so it cannot be checked. Print it to a new PDF and try again.',
      );
    }
    if (error instanceof PdfSyntaxError) return unreadable();
    throw error;
  }
}

function unreadable(): Refusal {
  return refuse(
    'pdf_unreadable',
    'This PDF is damaged or incomplete and cannot be read. Save or export it again as a PDF and try once more.',
  );
}

/** Counts the leaves of the page tree, as viewers do, and stops once past the limit. */
function countPages(doc: PdfDocument, maxPages: number): number {
  const catalog = doc.resolve(doc.trailer.get('Root'));
  if (!(catalog instanceof Map)) throw new PdfSyntaxError('no document catalog');
  const visited = new Set<number>();
  let pages = 0;
  const visit = (node: PdfValue | undefined, depth: number): void => {
    if (depth > MAX_TREE_DEPTH) throw new PdfSyntaxError('page tree too deep');
    if (node instanceof PdfRef) {
      if (visited.has(node.num)) throw new PdfSyntaxError('page tree loops');
      visited.add(node.num);
    }
    const dict = doc.resolve(node);
    if (!(dict instanceof Map)) throw new PdfSyntaxError('page tree node is missing');
    const type = nameOf(dict.get('Type'));
    const kids = doc.resolve(dict.get('Kids'));
    if (type === 'Pages' || kids !== undefined) {
      if (!Array.isArray(kids)) throw new PdfSyntaxError('page tree node without kids');
      for (const kid of kids) {
        if (pages > maxPages) return;
        visit(kid, depth + 1);
      }
    } else if (type === 'Page' || type === undefined) pages++;
    else throw new PdfSyntaxError(`page tree holds a ${type}`);
  };
  visit(catalog.get('Pages'), 0);
  return pages;
}
