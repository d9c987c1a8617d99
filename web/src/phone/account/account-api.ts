import type { Espace, Procedure, SupportingDocument, Translated } from '../../../../shared/model.js';
import { api } from '../../platform/api.js';

/** The citizen's account as a linked, unlocked phone reads it (functions/src/account/routes.ts). */
export interface Account {
  name: string;
  espaces: Espace[];
}

export interface ProcedureSummary {
  procedureId: string;
  reference: string;
  title: Translated;
  status: 'active' | 'closed';
  openedAt: string;
  /** Required documents with no file yet. */
  missing: number;
}

export type DocumentView = Omit<SupportingDocument, 'fileKey'>;

export interface ProcedureDetail {
  procedure: Procedure;
  documents: DocumentView[];
  missing: string[];
}

export interface DeviceRequest {
  codeId: string;
  action: 'add' | 'attach' | 'replace';
  procedure: { procedureId: string; title: Translated; reference: string };
  type?: { label: Translated };
  name: string;
  validUntil: string;
}

export interface UploadStart {
  action: 'add' | 'attach' | 'replace';
  typeId?: string;
  documentId?: string;
  name?: string;
}

export const accountApi = {
  account: (signal?: AbortSignal) => api.get<Account>('/device/account', signal),
  procedures: (espaceId: string, signal?: AbortSignal) =>
    api.get<{ procedures: ProcedureSummary[] }>(`/device/espaces/${espaceId}/procedures`, signal),
  procedure: (procedureId: string, signal?: AbortSignal) =>
    api.get<ProcedureDetail>(`/device/procedures/${procedureId}`, signal),
  requests: (signal?: AbortSignal) => api.get<{ requests: DeviceRequest[] }>('/device/requests', signal),
  startUpload: (procedureId: string, body: UploadStart) =>
    api.post<{ codeId: string; validUntil: string }>(`/device/procedures/${procedureId}/uploads`, body),
};

/** The address that downloads a filed document (a redirect to a one-minute link, always a download). */
export const fileAddress = (procedureId: string, documentId: string) =>
  `/api/device/procedures/${procedureId}/documents/${documentId}/file`;
