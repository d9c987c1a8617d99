import type { S3Client } from '@aws-sdk/client-s3';
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import type { Clock } from './clock.js';
import { systemClock } from './clock.js';
import type { Config } from './config.js';
import { type DocumentDb, lazyDynamo, lazyS3, lazySes } from './lazy-clients.js';
import { type AppLogger, createLogger } from './logger.js';
import { type AppMetrics, createMetrics } from './metrics.js';

/** Everything a route needs from the outside world, passed in (never imported) so tests can build one per file. */
export interface Deps {
  config: Config;
  /** DynamoDB's document client, loaded and built on first use (platform/lazy-clients.ts). */
  db: DocumentDb;
  /** S3 as the API reaches it (loaded and built on first use: platform/lazy-clients.ts). */
  s3: () => Promise<S3Client>;
  /** S3 as browsers reach it: presigned URLs are signed for this endpoint. */
  s3Public: () => Promise<S3Client>;
  ses: () => Promise<SESv2Client>;
  clock: Clock;
  /** The OpenID client secret, resolved once (from the environment or Secrets Manager). */
  oidcClientSecret: () => Promise<string>;
  /** The VAPID private key for Web Push, resolved once; undefined when push is not configured. */
  vapidPrivateKey: () => Promise<string | undefined>;
  /** JSON logs (platform/logger.ts) and operator metrics (platform/metrics.ts). */
  log: AppLogger;
  metrics: AppMetrics;
  /** The secret CloudFront's origin header carries (client-address.ts), resolved the same way. */
  originSecret: () => Promise<string>;
}

/**
 * SECURITY.md row 38: every SDK call gives up well inside the Lambda's 29 s. The handler's two
 * timeouts bound each attempt (connecting, then silence once connected); two attempts in all.
 */
export const timeouts = (config: Config) => ({
  maxAttempts: 2,
  requestHandler: {
    connectionTimeout: config.AWS_CONNECT_TIMEOUT_MS,
    requestTimeout: config.AWS_REQUEST_TIMEOUT_MS,
    // Without it, @smithy/node-http-handler 4 only logs a warning and keeps waiting.
    throwOnRequestTimeout: true,
  },
});

/** What the embedded servers are signed with (they accept any; the LAN storage proxy checks these). */
export const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export function createDeps(config: Config, overrides: Partial<Deps> = {}): Deps {
  // Embedded servers accept any credentials; on AWS the Lambda role's are used.
  const credentials = config.DYNAMODB_ENDPOINT || config.S3_ENDPOINT ? LOCAL_CREDENTIALS : undefined;
  const db = lazyDynamo({
    region: config.AWS_REGION,
    ...timeouts(config),
    endpoint: config.DYNAMODB_ENDPOINT,
    ...(config.DYNAMODB_ENDPOINT ? { credentials } : {}),
  });
  const s3Options = { ...timeouts(config), ...(config.S3_ENDPOINT ? { credentials } : {}) };
  const s3 = lazyS3(config, config.S3_ENDPOINT, s3Options);
  const log = overrides.log ?? createLogger(config.LOG_LEVEL);
  return {
    config,
    db,
    s3,
    s3Public: config.S3_PUBLIC_ENDPOINT ? lazyS3(config, config.S3_PUBLIC_ENDPOINT, s3Options) : s3,
    ses: lazySes(config, { ...timeouts(config), ...(config.SES_ENDPOINT ? { credentials } : {}) }),
    clock: systemClock,
    oidcClientSecret: secretResolver(config, config.OIDC_CLIENT_SECRET, config.OIDC_CLIENT_SECRET_ARN),
    vapidPrivateKey: vapidResolver(config),
    log,
    metrics: createMetrics(log),
    originSecret: secretResolver(config, config.ORIGIN_SECRET, config.ORIGIN_SECRET_ARN),
    ...overrides,
  };
}

/** The VAPID private key: given directly (locally), from Secrets Manager (AWS), or none (push off). */
function vapidResolver(config: Config): () => Promise<string | undefined> {
  const read = secretReader(config, config.VAPID_PRIVATE_KEY_ARN);
  return async () => {
    if (!config.VAPID_PUBLIC_KEY) return undefined;
    if (config.VAPID_PRIVATE_KEY || !config.VAPID_PRIVATE_KEY_ARN) return config.VAPID_PRIVATE_KEY;
    return (await read()).trim() || undefined;
  };
}

function secretResolver(config: Config, value: string | undefined, arn: string | undefined) {
  const read = secretReader(config, arn);
  return (): Promise<string> => (value ? Promise.resolve(value) : read());
}

/**
 * A Secrets Manager secret, read at the first need and kept for the life of the process. A failed
 * read (Secrets Manager unreachable) is tried again by the next request, not cached.
 */
function secretReader(config: Config, arn: string | undefined) {
  let pending: Promise<string> | undefined;
  return (): Promise<string> => {
    pending ??= (async () => {
      const { SecretsManagerClient, GetSecretValueCommand } = await import('./secrets-sdk.js');
      const client = new SecretsManagerClient({ region: config.AWS_REGION, ...timeouts(config) });
      const secret = await client.send(new GetSecretValueCommand({ SecretId: arn }));
      if (!secret.SecretString) throw new Error('A secret is empty in Secrets Manager.');
      return secret.SecretString;
    })();
    pending.catch(() => {
      pending = undefined;
    });
    return pending;
  };
}
