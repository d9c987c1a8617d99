/** The portal's records as stored (see docs/architecture.md, Data). */

export type Language = 'en' | 'fr' | 'de';
export type Translated = Record<Language, string>;

export interface Espace {
  espaceId: string;
  name: string;
  kind: 'private' | 'company';
}

export interface DocumentType {
  typeId: string;
  label: Translated;
  required: boolean;
}

export interface Procedure {
  procedureId: string;
  espaceId: string;
  reference: string;
  title: Translated;
  status: 'active' | 'closed';
  openedAt: string;
  documentTypes: DocumentType[];
}

export interface SupportingDocument {
  documentId: string;
  procedureId: string;
  typeId: string;
  name: string;
  status: 'filed' | 'replaced';
  fileKey: string;
  contentType: string;
  size: number;
  pages?: number;
  filedAt: string;
  /** How it arrived: from the computer or from the phone. */
  source: 'computer' | 'phone';
  /** The linked phone it came from, when it came from one. */
  deviceName?: string;
  replaces?: string;
  replacedBy?: string;
}

export const keys = {
  profile: (citizenId: string) => ({ pk: `USER#${citizenId}`, sk: 'PROFILE' }),
  membership: (citizenId: string, espaceId: string) => ({
    pk: `USER#${citizenId}`,
    sk: `ESPACE#${espaceId}`,
  }),
  procedureInEspace: (espaceId: string, procedureId: string) => ({
    pk: `ESPACE#${espaceId}`,
    sk: `PROC#${procedureId}`,
  }),
  procedure: (procedureId: string) => ({ pk: `PROC#${procedureId}`, sk: 'PROC' }),
  document: (procedureId: string, documentId: string) => ({
    pk: `PROC#${procedureId}`,
    sk: `DOC#${documentId}`,
  }),
};
