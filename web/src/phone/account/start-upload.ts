import { loadPending, savePending } from '../../add-document/pending-store.js';
import { accountApi, type UploadStart } from './account-api.js';

/**
 * Hands a code bound to this device to 'Add a document' (/app/add), which then runs the same claim,
 * capture, PDF and upload as after a QR. A file already prepared on the phone is kept, as when a new
 * QR is scanned.
 */
export async function openDeviceUpload(codeId: string) {
  const previous = await loadPending();
  await savePending(
    previous?.pdf
      ? { request: codeId, pdf: previous.pdf, fileName: previous.fileName, pages: previous.pages }
      : { request: codeId },
  );
}

/** 'Add a supporting document' / 'Attach' / 'Replace' on the phone. */
export async function startOnPhone(procedureId: string, body: UploadStart) {
  const { codeId } = await accountApi.startUpload(procedureId, body);
  await openDeviceUpload(codeId);
}
