import { DOCUMENT_NAME_MAX } from '../../../shared/limits.js';
import { ApiError } from '../platform/errors.js';
import type { DocumentType, Procedure, SupportingDocument } from '../portal/model.js';

/**
 * What a new file is for, decided once when the upload (or the phone's upload code) is created and
 * stored with it: later requests cannot change the procedure, type or document (SECURITY.md row 25).
 */
export interface FilingTarget {
  procedureId: string;
  action: 'add' | 'attach' | 'replace';
  typeId: string;
  /** For 'replace': the document the new file replaces. */
  replaces?: string;
  name: string;
}

export interface FilingRequest {
  action: FilingTarget['action'];
  typeId?: string;
  documentId?: string;
  name?: string;
}

/** Checks a request against the procedure as it is now: 'Attach' only for a required type with no file, etc. */
export function resolveTarget(
  procedure: Procedure,
  documents: SupportingDocument[],
  request: FilingRequest,
): FilingTarget {
  const filed = documents.filter((document) => document.status === 'filed');
  let type: DocumentType | undefined;
  let replaces: string | undefined;
  if (request.action === 'replace') {
    const current = filed.find((document) => document.documentId === request.documentId);
    if (!current) {
      throw new ApiError(
        409,
        'document_not_replaceable',
        'This document has already been replaced or removed. Reload the page to see the current documents.',
      );
    }
    type = procedure.documentTypes.find((candidate) => candidate.typeId === current.typeId);
    replaces = current.documentId;
  } else {
    const chosen = procedure.documentTypes.find((candidate) => candidate.typeId === request.typeId);
    if (!chosen)
      throw new ApiError(400, 'unknown_document_type', 'Choose a type of supporting document from the list.');
    type = chosen;
    if (
      request.action === 'attach' &&
      (!chosen.required || filed.some((document) => document.typeId === chosen.typeId))
    ) {
      throw new ApiError(
        409,
        'already_attached',
        'A file is already attached for this document. Use "Replace" to change it.',
      );
    }
  }
  if (!type)
    throw new ApiError(
      409,
      'unknown_document_type',
      'This type of supporting document no longer exists in the procedure.',
    );
  const name = cleanName(request.name) || type.label.en;
  return {
    procedureId: procedure.procedureId,
    action: request.action,
    typeId: type.typeId,
    name,
    ...(replaces ? { replaces } : {}),
  };
}

/**
 * Document names are shown in the portal and in emails: strip control and bidirectional-override
 * characters (SECURITY.md row 11), collapse spaces, at most DOCUMENT_NAME_MAX characters.
 */
export function cleanName(value: string | undefined): string {
  return (value ?? '')
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, DOCUMENT_NAME_MAX);
}
