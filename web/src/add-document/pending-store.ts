import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { CodeSummary } from './code-api.js';

/**
 * The phone's one upload in progress, from the scanned code to the server's confirmation: a reload,
 * a crash or a lost network brings the citizen back to the same step with the same file
 * (DESIGN.md, Flow 2). Cleared only once the document is filed or the code is over.
 */
export interface PendingUpload {
  /** The scanned code; absent when its code ended and the file waits for the next one. */
  token?: string;
  /** Or a code bound to this linked device (started on the phone, or sent by the computer). */
  request?: string;
  claim?: string;
  /** The PDF as it will be sent (built on the phone from pictures, or the chosen PDF). */
  pdf?: Blob;
  fileName?: string;
  pages?: number;
  /** Set when the citizen tapped 'Send': a reload resumes sending without asking again. */
  sending?: boolean;
  /** What the code is for, as last read: the home screen's 'Continue adding …' (offline too). */
  summary?: CodeSummary;
  /** When the code ends, on this phone's own clock (countdown.ts `localDeadlineIn`), for that card. */
  until?: number;
}

interface Schema extends DBSchema {
  uploads: { key: 'current'; value: PendingUpload };
}

let database: Promise<IDBPDatabase<Schema>> | undefined;

function db() {
  database ??= openDB<Schema>('passerelle-add-document', 1, {
    upgrade(store) {
      store.createObjectStore('uploads');
    },
  });
  return database;
}

export async function loadPending(): Promise<PendingUpload | undefined> {
  return (await db()).get('uploads', 'current');
}

export async function savePending(upload: PendingUpload) {
  await (await db()).put('uploads', upload, 'current');
}

export async function clearPending() {
  await (await db()).delete('uploads', 'current');
}
