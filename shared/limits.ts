/**
 * Limits the API enforces and the web app's forms repeat, so a citizen is stopped before sending
 * (SECURITY.md rows 11 and 27). The API stays the judge: these only keep both sides in step.
 */

/** A device name, in characters (functions/src/devices/device-name.ts cuts longer ones). */
export const DEVICE_NAME_MAX = 64;

/**
 * A supporting document's name, in characters, once cleaned (functions/src/documents/filing-target.ts
 * `cleanName` cuts longer ones; the portal's and the phone's name fields stop there).
 */
export const DOCUMENT_NAME_MAX = 100;

/**
 * The longest name the API reads before cleaning: control characters and runs of spaces it removes
 * may make a pasted name longer than what is kept, so it is not refused for them.
 */
export const DOCUMENT_NAME_INPUT_MAX = 2 * DOCUMENT_NAME_MAX;

/** The largest file the API accepts by default (its `MAX_UPLOAD_BYTES` setting may lower it). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** What a supporting document may be. */
export const ACCEPTED_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AcceptedContentType = (typeof ACCEPTED_CONTENT_TYPES)[number];

/**
 * A phone's device session ends after this many idle seconds (functions/src/devices/device-session.ts).
 * The phone repeats it to know, offline, whether the session it last used would still be open.
 */
export const DEVICE_IDLE_SECONDS = 10 * 60;
