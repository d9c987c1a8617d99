import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * What differs between `dev` and `prod`: names, domain, provider, sender, retention. Read from
 * `infra/config/<stage>.json` (chosen with `-c stage=…`), validated here so a typo fails the synth,
 * not the deployment.
 */
export const stageConfigSchema = z.object({
  stage: z.string().regex(/^[a-z][a-z0-9-]{1,15}$/),
  region: z.string().min(1),
  account: z
    .string()
    .regex(/^\d{12}$/)
    .optional(),
  /** The site's address, the origin QR codes and OpenID redirects carry. */
  siteUrl: z.string().url().startsWith('https://'),
  /** A custom domain with its certificate (us-east-1, as CloudFront requires); else CloudFront's own name. */
  domain: z
    .object({ name: z.string().min(3), certificateArn: z.string().startsWith('arn:aws:acm:us-east-1:') })
    .optional(),
  mail: z.object({ from: z.string().min(3), identity: z.string().min(3) }),
  openId: z.object({ issuer: z.string().url(), clientId: z.string().min(1) }),
  logRetentionDays: z.number().int().positive(),
  /** prod: table and documents survive a `cdk destroy`, and the table refuses deletion. */
  retainData: z.boolean(),
  /** GuardDuty Malware Protection for S3 on the documents bucket; the API then files only clean objects. */
  malwareProtection: z.boolean(),
  alarmEmail: z.string().email().optional(),
  /**
   * Web Push (docs/linked-account.md): the VAPID public key (base64url, given to phones) and the
   * contact the push services see. Its private key goes in the secret the stack then creates.
   */
  webPush: z
    .object({
      publicKey: z.string().regex(/^[A-Za-z0-9_-]{87}$/),
      subject: z
        .string()
        .regex(/^(mailto:|https:\/\/)/)
        .optional(),
    })
    .optional(),
});

export type StageConfig = z.infer<typeof stageConfigSchema>;

export function readStageConfig(
  stage: string,
  folder = join(import.meta.dirname, '..', 'config'),
): StageConfig {
  const raw = JSON.parse(readFileSync(join(folder, `${stage}.json`), 'utf8'));
  const parsed = stageConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
      .join('\n');
    throw new Error(`infra/config/${stage}.json is not valid:\n${problems}`);
  }
  return parsed.data;
}
