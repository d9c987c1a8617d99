import { type AnswerOf, api, ok } from '../../platform/api-client.js';

/** The citizen's account as a linked, unlocked phone reads it (functions/src/account/routes.ts). */
const device = api.device;

export type Account = AnswerOf<typeof device.account.$get>;
export type ProcedureSummary = AnswerOf<
  (typeof device.espaces)[':espaceId']['procedures']['$get']
>['procedures'][number];
export type ProcedureDetail = AnswerOf<(typeof device.procedures)[':procedureId']['$get']>;
export type DocumentView = ProcedureDetail['documents'][number];
type ListedRequest = AnswerOf<typeof device.requests.$get>['requests'][number];
/** The API lists only the requests whose procedure it found. */
export type DeviceRequest = ListedRequest & { procedure: NonNullable<ListedRequest['procedure']> };
export type UploadStart = Parameters<
  (typeof device.procedures)[':procedureId']['uploads']['$post']
>[0]['json'];

const withSignal = (signal?: AbortSignal) => ({ init: { signal } });

export const accountApi = {
  account: (signal?: AbortSignal) => ok(device.account.$get(undefined, withSignal(signal))),
  procedures: (espaceId: string, signal?: AbortSignal) =>
    ok(device.espaces[':espaceId'].procedures.$get({ param: { espaceId } }, withSignal(signal))),
  procedure: (procedureId: string, signal?: AbortSignal) =>
    ok(device.procedures[':procedureId'].$get({ param: { procedureId } }, withSignal(signal))),
  requests: async (signal?: AbortSignal) => {
    const { requests } = await ok(device.requests.$get(undefined, withSignal(signal)));
    return { requests: requests as DeviceRequest[] };
  },
  startUpload: (procedureId: string, body: UploadStart) =>
    ok(device.procedures[':procedureId'].uploads.$post({ param: { procedureId }, json: body })),
};

/** The address that downloads a filed document (a redirect to a one-minute link, always a download). */
export const fileAddress = (procedureId: string, documentId: string) =>
  `/api/device/procedures/${procedureId}/documents/${documentId}/file`;
