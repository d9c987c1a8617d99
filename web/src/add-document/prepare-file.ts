/** Why a selection cannot be sent, as a key of the phone's strings (checked before anything is sent). */
export type SelectionProblem =
  | 'nothingChosen'
  | 'onePdfOnly'
  | 'pdfOrPictures'
  | 'unsupportedType'
  | 'fileEmpty'
  | 'notAPdf'
  | 'tooLarge'
  | 'tooManyPages'
  | 'pictureUnreadable';

export class SelectionRefused extends Error {
  constructor(
    readonly problem: SelectionProblem,
    readonly params: Record<string, string | number> = {},
  ) {
    super(problem);
  }
}

export interface Limits {
  maxBytes: number;
  maxPages: number;
}

export interface PreparedPdf {
  pdf: Blob;
  fileName: string;
  pages?: number;
}

const PICTURE_TYPES = ['image/jpeg', 'image/png', 'image/heic', 'image/heif'];

/** Some phones give HEIC pictures no MIME type: fall back on the name. */
function kindOf(file: File): 'pdf' | 'picture' | undefined {
  const type = file.type.toLowerCase();
  const name = file.name.toLowerCase();
  if (type === 'application/pdf' || (!type && name.endsWith('.pdf'))) return 'pdf';
  if (PICTURE_TYPES.includes(type) || (!type && /\.(jpe?g|png|heic|heif)$/.test(name))) return 'picture';
  return undefined;
}

/** One PDF, or one or more pictures: anything else is refused with the reason. */
export function classifySelection(
  files: File[],
  limits: Limits,
): { kind: 'pdf' | 'pictures'; files: File[] } {
  if (files.length === 0) throw new SelectionRefused('nothingChosen');
  const kinds = files.map(kindOf);
  if (kinds.includes(undefined)) throw new SelectionRefused('unsupportedType');
  if (kinds.includes('pdf')) {
    if (files.length > 1)
      throw new SelectionRefused(kinds.every((kind) => kind === 'pdf') ? 'onePdfOnly' : 'pdfOrPictures');
    return { kind: 'pdf', files };
  }
  if (files.length > limits.maxPages) throw new SelectionRefused('tooManyPages', { max: limits.maxPages });
  if (files.some((file) => file.size === 0)) throw new SelectionRefused('fileEmpty');
  return { kind: 'pictures', files };
}

/**
 * Counts the pages a PDF declares in plain (uncompressed) page objects. Files that pack their
 * objects in compressed streams count 0 here and are counted by the server, which checks every file.
 */
export function plainPageCount(text: string): number {
  return text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

export async function checkPdf(file: File, limits: Limits): Promise<PreparedPdf> {
  if (file.size === 0) throw new SelectionRefused('fileEmpty');
  if (file.size > limits.maxBytes)
    throw new SelectionRefused('tooLarge', { max: megabytes(limits.maxBytes) });
  const head = new TextDecoder('latin1').decode(await file.slice(0, 1024).arrayBuffer());
  if (!head.startsWith('%PDF-')) throw new SelectionRefused('notAPdf');
  const pages = plainPageCount(new TextDecoder('latin1').decode(await file.arrayBuffer()));
  if (pages > limits.maxPages) throw new SelectionRefused('tooManyPages', { max: limits.maxPages });
  return { pdf: file, fileName: file.name, ...(pages > 0 ? { pages } : {}) };
}

/** Pictures become the pages of one PDF, built on the phone by the lazily loaded PDF chunk. */
export async function picturesToPdf(
  files: File[],
  limits: Limits,
  onPage: (done: number, count: number) => void,
): Promise<PreparedPdf> {
  const { imagesToPdf, UnreadableImage } = await import('../pdf/images-to-pdf.js');
  let pdf: Blob;
  try {
    pdf = await imagesToPdf(files, onPage);
  } catch (error) {
    if (error instanceof UnreadableImage)
      throw new SelectionRefused('pictureUnreadable', { name: error.fileName });
    throw error;
  }
  if (pdf.size > limits.maxBytes) throw new SelectionRefused('tooLarge', { max: megabytes(limits.maxBytes) });
  return { pdf, fileName: 'document.pdf', pages: files.length };
}

export const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
