import { MAX_PIXELS } from './check-image.js';
import type { PdfDocument } from './check-pdf-document.js';
import { chargeDecodedSize, PdfTooComplexError, streamData } from './check-pdf-streams.js';
import { nameOf, PdfName, PdfStream, PdfString, type PdfValue } from './check-pdf-syntax.js';

export type ContentFinding = 'active' | 'attachments' | undefined;

// Action types and features that run code, start programs or send data away (ISO 32000-1 §12.6.4,
// §13): refused wherever they appear as a name, so a script reached by any route (OpenAction, AA,
// links, form fields, the Names tree) is found. 3D artwork may hold scripts. Links to web pages or
// other PDFs (URI, GoToR) only act when clicked, and real manuals have them: they stay allowed,
// except as automatic actions (see isActiveEntry).
const ACTIVE_NAMES = new Set([
  'JavaScript',
  'Launch',
  'SubmitForm',
  'ImportData',
  'Rendition',
  'RichMedia',
  '3D',
]);
// Dictionary keys that hold scripts: the document's JavaScript name tree and XFA forms.
const ACTIVE_KEYS = new Set(['JavaScript', 'XFA']);
const ATTACHMENT_NAMES = new Set(['FileAttachment', 'EmbeddedFile']);
const ATTACHMENT_KEYS = new Set(['EmbeddedFiles']);

/**
 * Looks at every object in the file — listed in the xref or not, at the top level or inside object
 * streams — rather than following links from the catalog: hidden objects are found too. Every
 * stream is expanded once to charge the inflate budget (decompression bombs) and images are held
 * to the same pixel limit as uploaded pictures.
 */
export function inspectContent(doc: PdfDocument): ContentFinding {
  let attachments = false;
  const inspect = (value: PdfValue): boolean => {
    const finding = findIn(value, doc);
    if (finding === 'attachments') attachments = true;
    return finding === 'active';
  };
  for (const object of doc.topLevelObjects()) {
    if (inspect(object.value)) return 'active';
    if (!(object.value instanceof PdfStream)) continue;
    if (doc.isObjectStream(object)) {
      for (const packed of doc.packedObjects(object.value)) if (inspect(packed)) return 'active';
    } else {
      checkImageSize(object.value, doc);
      chargeDecodedSize(
        streamData(doc.bytes, object.value, doc.resolve, doc.budget),
        object.value.dict,
        doc.resolve,
        doc.budget,
      );
    }
  }
  return attachments ? 'attachments' : undefined;
}

function findIn(value: PdfValue, doc: PdfDocument): ContentFinding {
  if (value instanceof PdfName) {
    if (ACTIVE_NAMES.has(value.name)) return 'active';
    return ATTACHMENT_NAMES.has(value.name) ? 'attachments' : undefined;
  }
  if (value instanceof PdfStream) return findIn(value.dict, doc);
  let attachments = false;
  const isActive = (finding: ContentFinding) => {
    if (finding === 'attachments') attachments = true;
    return finding === 'active';
  };
  if (Array.isArray(value)) {
    for (const item of value) if (isActive(findIn(item, doc))) return 'active';
  } else if (value instanceof Map) {
    for (const [key, child] of value) {
      if (ACTIVE_KEYS.has(key) || isActiveEntry(key, child, doc)) return 'active';
      if (ATTACHMENT_KEYS.has(key)) attachments = true;
      if (isActive(findIn(child, doc))) return 'active';
    }
  }
  return attachments ? 'attachments' : undefined;
}

/**
 * Keys whose meaning depends on their value. `/OpenAction` is mostly a harmless "open at page 1"
 * destination; `/AA` and `/JS` are also plausible names for a font or image in a resource
 * dictionary, so they count only when they hold actions or script text.
 */
function isActiveEntry(key: string, value: PdfValue, doc: PdfDocument): boolean {
  if (key === 'OpenAction') {
    const target = doc.resolve(value);
    if (target === null || Array.isArray(target) || target instanceof PdfString) return false;
    return !(target instanceof Map && nameOf(target.get('S')) === 'GoTo' && !target.has('Next'));
  }
  if (key === 'AA') {
    const triggers = doc.resolve(value);
    if (!(triggers instanceof Map)) return false;
    return [...triggers.values()].some((action) => {
      const resolved = doc.resolve(action);
      return resolved instanceof Map && resolved.has('S');
    });
  }
  if (key === 'JS') {
    const script = doc.resolve(value);
    return script instanceof PdfString || script instanceof PdfStream;
  }
  return false;
}

/** A 65 535 × 65 535 image is a few bytes of JPEG header and 17 GB in a viewer. */
function checkImageSize(stream: PdfStream, doc: PdfDocument): void {
  if (nameOf(stream.dict.get('Subtype')) !== 'Image') return;
  const width = doc.resolve(stream.dict.get('Width'));
  const height = doc.resolve(stream.dict.get('Height'));
  if (typeof width === 'number' && typeof height === 'number' && width * height > MAX_PIXELS) {
    throw new PdfTooComplexError('image larger than the pixel limit');
  }
}
