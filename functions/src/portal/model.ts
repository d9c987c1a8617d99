/** The portal's records' keys; the records' types are shared with the web app (shared/model.ts). */

export type {
  DocumentType,
  Espace,
  Language,
  Procedure,
  Profile,
  SupportingDocument,
  Translated,
} from '../../../shared/model.js';

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
