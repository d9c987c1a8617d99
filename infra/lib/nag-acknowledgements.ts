import type { Stack } from 'aws-cdk-lib';
import { Validations } from 'aws-cdk-lib';
import type { StageConfig } from './stage-config.js';

/**
 * cdk-nag AwsSolutions findings we accept, each with the reason. Anything not listed here fails the
 * synth (and the infra tests).
 */
export function acknowledgeFindings(stack: Stack, config: StageConfig) {
  const acknowledge = (id: string, reason: string) => Validations.of(stack).acknowledge({ id, reason });
  acknowledge(
    'AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    'Only on the CDK-provided helper functions (site deployment, bucket auto-delete): the managed minimum for writing their own logs.',
  );
  // The site deployment helper (aws-s3-deployment) copies the built PWA from the CDK asset bucket
  // into the site bucket and invalidates CloudFront: CDK writes its policy, scoped to those buckets.
  for (const finding of [
    'Action::s3:GetObject*',
    'Action::s3:GetBucket*',
    'Action::s3:List*',
    'Action::s3:DeleteObject*',
    'Action::s3:Abort*',
    `Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${config.region}/*`,
    'Resource::<WebSiteD504717C.Arn>/*',
    'Resource::*',
  ]) {
    acknowledge(
      `AwsSolutions::AwsSolutions-IAM5[${finding}]`,
      'The CDK site-deployment helper: reads the CDK asset bucket, writes the site bucket, and creates CloudFront invalidations (which take no resource ARN).',
    );
  }
  // The API: object-level access within its own bucket's two prefixes, nothing else (api.ts).
  for (const prefix of ['incoming', 'documents']) {
    acknowledge(
      `AwsSolutions::AwsSolutions-IAM5[Resource::<Documents7E5B2978.Arn>/${prefix}/*]`,
      `The API reads, writes and deletes objects under ${prefix}/ only: each upload and document has its own key.`,
    );
  }
  acknowledge(
    'AwsSolutions-L1',
    'The API runs on Node 22 (pinned on purpose, as tested); the CDK helper functions pick their runtime themselves.',
  );
  acknowledge(
    'AwsSolutions-SMG4',
    'The OpenID client secret is issued by the identity provider; it is rotated by re-registering the client there, not by a rotation Lambda.',
  );
  acknowledge(
    'AwsSolutions-APIG4',
    'Authentication happens in the app (session cookies, device sessions, single-use codes); API Gateway authorizers cannot see our sessions.',
  );
  acknowledge(
    'AwsSolutions-CFR1',
    'A public service for citizens, who may be abroad: no geographic restriction.',
  );
  acknowledge(
    'AwsSolutions-CFR2',
    'No WAF by default (cost); the app rate-limits codes and uploads itself. docs/deploy.md says how to attach a WebACL.',
  );
  acknowledge('AwsSolutions-S1', 'The access-log bucket does not log its own access (that would loop).');
  if (!config.domain) {
    acknowledge(
      'AwsSolutions-CFR4',
      'Without a custom domain CloudFront serves its default certificate; set `domain` in the stage config for TLS 1.2+ only.',
    );
  }
}
