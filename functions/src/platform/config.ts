import { z } from 'zod';

/**
 * Every endpoint, name and secret the API needs, read once from the environment.
 * The same build runs against the embedded servers (npm start, tests) and against AWS:
 * only these values differ. The README's configuration table mirrors this schema.
 */
const optionalUrl = z
  .string()
  .url()
  .optional()
  .or(z.literal('').transform(() => undefined));

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((value) => value === 'true' || value === '1');

export const configSchema = z.object({
  /** Origins the site is served from; QR codes carry the one the computer was opened on. */
  ALLOWED_ORIGINS: z
    .string()
    .min(1)
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    ),
  AWS_REGION: z.string().min(1).default('eu-west-1'),
  TABLE_NAME: z.string().min(1),
  BUCKET_NAME: z.string().min(1),
  /** Set only for the embedded servers (dynalite, s3rver, aws-ses-v2-local). */
  DYNAMODB_ENDPOINT: optionalUrl,
  S3_ENDPOINT: optionalUrl,
  /** What browsers use to reach S3 for presigned POST/GET, when it differs from S3_ENDPOINT. */
  S3_PUBLIC_ENDPOINT: optionalUrl,
  S3_FORCE_PATH_STYLE: booleanFlag,
  SES_ENDPOINT: optionalUrl,
  SES_REGION: z.string().optional(),
  SES_CONFIGURATION_SET: z.string().optional(),
  MAIL_FROM: z.string().min(3),
  OIDC_ISSUER: z.string().url(),
  OIDC_CLIENT_ID: z.string().min(1),
  /** The secret itself (local), or the ARN of a Secrets Manager secret holding it (AWS). */
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_CLIENT_SECRET_ARN: z.string().optional(),
  /** Desktop session: idle timeout and absolute lifetime. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().positive().default(12),
  /** Linking a device needs a sign-in at most this old (SECURITY.md row 8). */
  AUTH_MAX_AGE_MINUTES: z.coerce.number().int().positive().default(15),
  /** Largest document accepted, in bytes. */
  MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(20 * 1024 * 1024),
  MAX_PDF_PAGES: z.coerce.number().int().positive().default(50),
  /** When GuardDuty malware protection scans the bucket, refuse objects not tagged clean. */
  REQUIRE_MALWARE_SCAN: booleanFlag,
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
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
