import type { AcceptedContentType } from '../../../shared/limits.js';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';

// S3's SDK loads on the first upload, not at cold start (platform/lazy-clients.ts).
const s3Sdk = () => import('../platform/s3-sdk.js');

export type AllowedContentType = AcceptedContentType;

export const extensionOf: Record<AllowedContentType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};

export function tooLarge(limitBytes: number) {
  const limit =
    limitBytes >= 1024 * 1024
      ? `${Math.round(limitBytes / 1024 / 1024)} MB`
      : `${Math.ceil(limitBytes / 1024)} KB`;
  return new ApiError(413, 'file_too_large', `This file is larger than ${limit}. Send a smaller file.`);
}

/**
 * A browser uploads straight to S3: the policy fixes the key, the content type and the size range.
 * (s3rver does not enforce policies, so the file is checked again when the upload completes.)
 */
export async function presignUpload(deps: Deps, key: string, contentType: AllowedContentType) {
  const { createPresignedPost } = await s3Sdk();
  const { url, fields } = await createPresignedPost(await deps.s3Public(), {
    Bucket: deps.config.BUCKET_NAME,
    Key: key,
    Conditions: [
      ['content-length-range', 1, deps.config.MAX_UPLOAD_BYTES],
      ['eq', '$Content-Type', contentType],
    ],
    Fields: { 'Content-Type': contentType },
    Expires: 15 * 60,
  });
  return { url, fields };
}

/**
 * Copies what a client uploaded to a key no client can write (SECURITY.md row 36). S3 copies one
 * version, with its tags, atomically: whatever the client sends to its presigned POST afterwards,
 * the copy holds the bytes, and the malware-scan tag, that the check will then read.
 * Resolves false when the upload is not there.
 */
export async function pinUpload(deps: Deps, from: string, to: string): Promise<boolean> {
  const bucket = deps.config.BUCKET_NAME;
  const { CopyObjectCommand } = await s3Sdk();
  const s3 = await deps.s3();
  try {
    await s3.send(
      new CopyObjectCommand({
        Bucket: bucket,
        Key: to,
        CopySource: `${bucket}/${from}`,
        TaggingDirective: 'COPY',
      }),
    );
    return true;
  } catch (error) {
    if ((error as Error).name === 'NoSuchKey' || (error as Error).name === 'NotFound') return false;
    throw error;
  }
}

export const uploadMissing = () =>
  new ApiError(409, 'upload_missing', 'The file did not arrive. Check your connection and send it again.');

/** Reads a pinned object, refusing it before download when it is missing or too large. */
export async function readPinnedObject(deps: Deps, key: string): Promise<Uint8Array> {
  const bucket = deps.config.BUCKET_NAME;
  const { GetObjectCommand, HeadObjectCommand } = await s3Sdk();
  const s3 = await deps.s3();
  const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key })).catch((error: Error) => {
    if (error.name === 'NotFound' || error.name === 'NoSuchKey') {
      throw uploadMissing();
    }
    throw error;
  });
  if ((head.ContentLength ?? 0) > deps.config.MAX_UPLOAD_BYTES) {
    await deleteObject(deps, key);
    throw tooLarge(deps.config.MAX_UPLOAD_BYTES);
  }
  if (deps.config.REQUIRE_MALWARE_SCAN) await assertScannedClean(deps, key);
  const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  if (!object.Body) throw new Error(`S3 answered GetObject without a body for ${key}.`);
  return object.Body.transformToByteArray();
}

/** With GuardDuty malware protection on, only objects it has tagged clean are filed. */
async function assertScannedClean(deps: Deps, key: string) {
  const { GetObjectTaggingCommand } = await s3Sdk();
  const { TagSet } = await (await deps.s3()).send(
    new GetObjectTaggingCommand({ Bucket: deps.config.BUCKET_NAME, Key: key }),
  );
  const status = TagSet?.find((tag) => tag.Key === 'GuardDutyMalwareScanStatus')?.Value;
  if (!status)
    throw new ApiError(
      409,
      'scan_pending',
      'Your file is still being checked for viruses. Try again in a few seconds.',
    );
  if (status !== 'NO_THREATS_FOUND') {
    await deleteObject(deps, key);
    throw new ApiError(422, 'file_unsafe', 'This file was refused by the virus check. Send another file.');
  }
}

export async function deleteObject(deps: Deps, key: string) {
  const { DeleteObjectCommand } = await s3Sdk();
  await (await deps.s3()).send(new DeleteObjectCommand({ Bucket: deps.config.BUCKET_NAME, Key: key }));
}

/**
 * Removes every object under `prefix` but `keep`: copies pinned by filing attempts that stopped
 * before recording their document (SECURITY.md row 39). Best effort; a later attempt repeats it.
 */
export async function removeOtherCopies(deps: Deps, prefix: string, keep: string) {
  try {
    const { ListObjectsV2Command } = await s3Sdk();
    const listed = await (await deps.s3()).send(
      new ListObjectsV2Command({ Bucket: deps.config.BUCKET_NAME, Prefix: prefix, MaxKeys: 50 }),
    );
    for (const { Key } of listed.Contents ?? []) {
      if (Key && Key !== keep) await deleteObject(deps, Key);
    }
  } catch {
    // Left for the next attempt; an unrecorded copy is never shown or downloaded.
  }
}
