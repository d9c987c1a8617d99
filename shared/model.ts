/**
 * The portal's records as stored and as the API sends them (docs/architecture.md, Data): the API
 * (functions/) and the web app (web/) both read these types, so they live here, outside both.
 */

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

/** The citizen as the portal knows them, with the eSpaces they may act in (`GET /api/auth/me`). */
export interface Profile {
  citizenId: string;
  name: string;
  email: string;
  espaces: Espace[];
}
