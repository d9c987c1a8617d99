import { ApiFailure } from '../platform/api.js';
import { postToStorage } from '../platform/storage-upload.js';
import { type CodeCredentials, codeApi, type FiledDocument } from './code-api.js';

export interface SendEvents {
  onProgress(percent: number): void;
  /** Storage has the file; the API is checking and filing it. */
  onChecking(): void;
  /** The network went away (true) or came back (false): sending waits, then starts over. */
  onPaused(paused: boolean): void;
}

/** A failure that waiting for the network can fix, as opposed to a refusal. */
const isNetworkLoss = (error: unknown) => error instanceof ApiFailure && error.status === 0;

/**
 * The upload arrived and is being filed (or waits for the virus scan): nothing to send again, only
 * to ask again (SECURITY.md row 39). The server resumes a filing stopped by a fault once its lease
 * of a minute runs out, so the phone asks for a little longer than that.
 */
export const isStillFiling = (error: unknown) =>
  error instanceof ApiFailure && (error.code === 'upload_code_filing' || error.code === 'scan_pending');
const ASK_AGAIN_MS = 5000;
const ASK_FOR_MS = 75_000;

/**
 * Presigned POST straight to storage with progress, then the API checks and files the PDF. A lost
 * network pauses; when it returns, the file is sent again from the start (a presigned POST cannot
 * resume) under a fresh policy. Refusals (the code is over, the file is not accepted) are thrown.
 */
export async function sendPdf(
  credentials: CodeCredentials,
  pdf: Blob,
  events: SendEvents,
  signal: AbortSignal,
): Promise<FiledDocument> {
  for (;;) {
    try {
      const post = await codeApi.presign(credentials, pdf.size).catch((error: unknown) => {
        // Sent before (the answer was lost, or the app reloaded): only its filing is left to follow.
        if (isStillFiling(error)) return undefined;
        throw error;
      });
      if (!post) {
        events.onChecking();
        return await filed(credentials, signal);
      }
      const report = progressReporter(credentials);
      events.onProgress(0);
      await postToStorage(
        post,
        pdf,
        (fraction) => {
          const percent = Math.min(99, Math.floor(fraction * 100));
          events.onProgress(percent);
          report(percent);
        },
        signal,
      );
      events.onChecking();
      return await filed(credentials, signal);
    } catch (error) {
      if (!isNetworkLoss(error) || signal.aborted) throw error;
      events.onPaused(true);
      await networkBack(signal);
      events.onPaused(false);
    }
  }
}

/**
 * Completes, and asks again while the server says the document is still being filed: the phone lets
 * go of its PDF only once the answer is 'filed' (a retry after filing answers 'filed' too).
 */
async function filed(credentials: CodeCredentials, signal: AbortSignal): Promise<FiledDocument> {
  for (let asked = 0; ; asked += ASK_AGAIN_MS) {
    try {
      return (await codeApi.complete(credentials)).document;
    } catch (error) {
      if (!isStillFiling(error) || asked >= ASK_FOR_MS) throw error;
      await pause(ASK_AGAIN_MS, signal);
    }
  }
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', abort);
      resolve();
    }, ms);
    const abort = () => {
      clearTimeout(timer);
      reject(new DOMException('Sending stopped', 'AbortError'));
    };
    signal.addEventListener('abort', abort, { once: true });
  });
}

/**
 * Tells the API how far the upload is, for the computer's timeline: at each new tenth, one request
 * at a time, failures ignored (progress is a courtesy, the upload itself matters).
 */
function progressReporter(credentials: CodeCredentials) {
  let reported = -1;
  let busy = false;
  return (percent: number) => {
    const step = Math.floor(percent / 10) * 10;
    if (busy || step <= reported) return;
    reported = step;
    busy = true;
    codeApi
      .progress(credentials, step)
      .catch(() => undefined)
      .finally(() => {
        busy = false;
      });
  };
}

/** Resolves when the browser is back online, or after a few seconds if it never thought it was offline. */
function networkBack(signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      window.removeEventListener('online', done);
      clearTimeout(timer);
      signal.removeEventListener('abort', abort);
      resolve();
    };
    const abort = () => {
      window.removeEventListener('online', done);
      clearTimeout(timer);
      reject(new DOMException('Sending stopped', 'AbortError'));
    };
    window.addEventListener('online', done);
    signal.addEventListener('abort', abort);
    const timer = navigator.onLine ? setTimeout(done, 5000) : undefined;
  });
}
