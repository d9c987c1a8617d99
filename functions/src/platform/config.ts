import * as z from 'zod/mini';
import { MAX_UPLOAD_BYTES } from '../../../shared/limits.js';
import './zod-messages.js';

/**
 * Every endpoint, name and secret the API needs, read once from the environment.
 * The same build runs against the embedded servers (npm start, tests) and against AWS:
 * only these values differ. The README's configuration table mirrors this schema.
 */
const optionalUrl = z.union([
  z.optional(z.url()),
  z.pipe(
    z.literal(''),
    z.transform(() => undefined),
  ),
]);

const booleanFlag = z.pipe(
  z.optional(z.enum(['true', 'false', '1', '0'])),
  z.transform((value) => value === 'true' || value === '1'),
);

/** A whole number of at least 1, from an environment string, with a default. */
const count = (fallback: number) => z._default(z.coerce.number().check(z.int(), z.positive()), fallback);

export const configSchema = z.object({
  /** Origins the site is served from; QR codes carry the one the computer was opened on. */
  ALLOWED_ORIGINS: z.pipe(
    z.string().check(z.minLength(1)),
    z.transform((value: string) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    ),
  ),
  AWS_REGION: z._default(z.string().check(z.minLength(1)), 'eu-west-1'),
  TABLE_NAME: z.string().check(z.minLength(1)),
  BUCKET_NAME: z.string().check(z.minLength(1)),
  /** Set only for the embedded servers (dynalite, s3rver, aws-ses-v2-local). */
  DYNAMODB_ENDPOINT: optionalUrl,
  S3_ENDPOINT: optionalUrl,
  /** What browsers use to reach S3 for presigned POST/GET, when it differs from S3_ENDPOINT. */
  S3_PUBLIC_ENDPOINT: optionalUrl,
  S3_FORCE_PATH_STYLE: booleanFlag,
  SES_ENDPOINT: optionalUrl,
  SES_REGION: z.optional(z.string()),
  SES_CONFIGURATION_SET: z.optional(z.string()),
  MAIL_FROM: z.string().check(z.minLength(3)),
  OIDC_ISSUER: z.url(),
  OIDC_CLIENT_ID: z.string().check(z.minLength(1)),
  /** The secret itself (local), or the ARN of a Secrets Manager secret holding it (AWS). */
  OIDC_CLIENT_SECRET: z.optional(z.string()),
  OIDC_CLIENT_SECRET_ARN: z.optional(z.string()),
  /**
   * The secret CloudFront adds to every request it sends the API (SECURITY.md row 42), or the ARN of
   * a Secrets Manager secret holding it. Set: only requests carrying it are answered, and the client
   * address is the one the edge wrote. Unset (locally): the socket's address.
   */
  ORIGIN_SECRET: z.optional(z.string().check(z.minLength(16))),
  ORIGIN_SECRET_ARN: z.optional(z.string()),
  /** Every AWS SDK call (SECURITY.md row 38): time to connect, and silence allowed once connected. */
  AWS_CONNECT_TIMEOUT_MS: count(1000),
  AWS_REQUEST_TIMEOUT_MS: count(4000),
  /**
   * Calls without a session that write an item (sign-in starts, unlock challenges) allowed per client
   * address in 10 minutes (SECURITY.md row 43).
   */
  ANONYMOUS_CREATES_PER_WINDOW: count(100),
  /** Desktop session: idle timeout and absolute lifetime. */
  SESSION_IDLE_MINUTES: count(30),
  SESSION_MAX_HOURS: count(12),
  /** Linking a device needs a sign-in at most this old (SECURITY.md row 8). */
  AUTH_MAX_AGE_MINUTES: count(15),
  /** Largest document accepted, in bytes. */
  MAX_UPLOAD_BYTES: count(MAX_UPLOAD_BYTES),
  MAX_PDF_PAGES: count(50),
  /** When GuardDuty malware protection scans the bucket, refuse objects not tagged clean. */
  REQUIRE_MALWARE_SCAN: booleanFlag,
  /**
   * Web Push (VAPID, docs/linked-account.md): the public key (base64url, given to phones) and the
   * private key itself (local) or the ARN of a Secrets Manager secret holding it (AWS). Without
   * them no push is sent and requests simply wait in the app.
   */
  VAPID_PUBLIC_KEY: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{87}$/))),
  VAPID_PRIVATE_KEY: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/))),
  VAPID_PRIVATE_KEY_ARN: z.optional(z.string()),
  VAPID_SUBJECT: z._default(z.string(), 'mailto:no-reply@passerelle.lu'),
  /** Tests and `npm start` only: accept push endpoints on http://127.0.0.1 (a local push service). */
  PUSH_ALLOW_LOOPBACK: booleanFlag,
  LOG_LEVEL: z._default(z.enum(['debug', 'info', 'warn', 'error', 'silent']), 'info'),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Passerelle's configuration is incomplete:\n${problems.join('\n')}`);
  }
  if (!parsed.data.OIDC_CLIENT_SECRET && !parsed.data.OIDC_CLIENT_SECRET_ARN) {
    throw new ConfigError('Set OIDC_CLIENT_SECRET or OIDC_CLIENT_SECRET_ARN.');
  }
  return parsed.data;
}
