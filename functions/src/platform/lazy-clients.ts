import type { S3Client } from '@aws-sdk/client-s3';
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import type { Config } from './config.js';

/**
 * S3 and SES are needed by a few routes only (uploads, downloads, the link email), so their SDK
 * clients are loaded and built on first use, not at cold start: `/api/health`, the status polls and
 * `/auth/me` never load them (issue 14, the Lambda's first answer). Each is built once per process.
 */
export function once<T>(make: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= make();
    // A failed load (never expected: it is local code) is tried again rather than kept.
    pending.catch(() => {
      pending = undefined;
    });
    return pending;
  };
}

/** The SDK options every client shares (deps.ts: timeouts, and the embedded servers' credentials). */
type ClientOptions = Record<string, unknown>;

export function lazyS3(config: Config, endpoint: string | undefined, options: ClientOptions) {
  return once(async (): Promise<S3Client> => {
    const { S3Client } = await import('./s3-sdk.js');
    return new S3Client({
      region: config.AWS_REGION,
      endpoint,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
      ...options,
    });
  });
}

export function lazySes(config: Config, options: ClientOptions) {
  return once(async (): Promise<SESv2Client> => {
    const { SESv2Client } = await import('./ses-sdk.js');
    return new SESv2Client({
      region: config.SES_REGION ?? config.AWS_REGION,
      endpoint: config.SES_ENDPOINT,
      ...options,
    });
  });
}
