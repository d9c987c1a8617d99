import type { Stack } from 'aws-cdk-lib';
import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { Api } from './api.js';
import type { StageConfig } from './stage-config.js';
import type { Web } from './web.js';

/** cdk-nag's rule ids as `Validations.acknowledge` records them in the validation report. */
const rule = (id: string) => `AwsSolutions::AwsSolutions-${id}`;

function acknowledge(scope: IConstruct, id: string, reason: string) {
  Validations.of(scope).acknowledge({ id: rule(id), reason });
}

export interface Acknowledged {
  api: Api;
  web: Web;
  openIdSecret: IConstruct;
  originSecret: IConstruct;
  vapidSecret?: IConstruct;
}

/**
 * cdk-nag AwsSolutions findings we accept, each with its reason and on the construct it concerns
 * only (an acknowledgement on the whole stack would also hide the same finding on a resource added
 * later). Anything not listed here fails the synth and the infra tests.
 */
export function acknowledgeFindings(
  stack: Stack,
  config: StageConfig,
  { api, web, openIdSecret, originSecret, vapidSecret }: Acknowledged,
) {
  // The API: object-level access within its own bucket's two prefixes, nothing else (api.ts).
  const apiRole = api.function.role;
  if (!apiRole) throw new Error('The API function has no role: its grants cannot be acknowledged.');
  for (const prefix of ['incoming', 'documents']) {
    acknowledge(
      apiRole,
      `IAM5[Resource::<Documents7E5B2978.Arn>/${prefix}/*]`,
      `The API reads, writes and deletes objects under ${prefix}/ only: each upload and document has its own key, unknown in advance.`,
    );
  }
  acknowledge(
    api.function,
    'L1',
    'Node 22 on purpose: the runtime the bundle targets (esbuild node22) and the one DESIGN.md and the tests assume; moving up is a deliberate, tested change.',
  );
  acknowledge(
    api.httpApi,
    'APIG4',
    'Authentication happens in the app (OpenID sessions, device sessions, single-use codes), on every route that needs it; an API Gateway authorizer cannot read those sessions.',
  );
  acknowledge(
    openIdSecret,
    'SMG4',
    'The OpenID client secret is issued by the identity provider: it is rotated by re-issuing it there and putting the new value in, not by a rotation Lambda.',
  );
  acknowledge(
    originSecret,
    'SMG4',
    'The origin header secret lives in two places that must change together (CloudFront and the API, which reads it at cold start): it is rotated by a deployment, not by a rotation Lambda.',
  );
  if (vapidSecret) {
    acknowledge(
      vapidSecret,
      'SMG4',
      'The VAPID private key pairs with the public key in the stage config and in every phone’s push subscription: it is rotated by making a new pair and deploying both, not by a rotation Lambda.',
    );
  }
  acknowledge(
    web.distribution,
    'CFR1',
    'A public service for citizens, who may be abroad: no geographic restriction.',
  );
  acknowledge(
    web.distribution,
    'CFR2',
    'No WAF by default (cost); the app rate-limits code guesses and presign requests itself. docs/deploy.md says how to attach a WebACL.',
  );
  if (!config.domain) {
    acknowledge(
      web.distribution,
      'CFR4',
      'Without a custom domain CloudFront serves its own *.cloudfront.net certificate, whose TLS policy cannot be chosen; set `domain` in the stage config for TLS 1.2+ only.',
    );
  }
  acknowledgeSiteDeployment(stack, config);
}

/**
 * The site-deployment helper of aws-s3-deployment (present when dist/web has been built): one
 * Lambda per stack, written by CDK, that copies the PWA from the CDK asset bucket into the site bucket
 * and invalidates CloudFront. Its role and runtime are CDK's.
 */
function acknowledgeSiteDeployment(stack: Stack, config: StageConfig) {
  const helpers = stack.node.children.filter((child) =>
    child.node.id.startsWith('Custom::CDKBucketDeployment'),
  );
  for (const helper of helpers) {
    acknowledge(
      helper,
      'IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      'CDK’s site-deployment helper writes its own logs with the managed minimum; its role is CDK’s.',
    );
    for (const finding of [
      'Action::s3:GetObject*',
      'Action::s3:GetBucket*',
      'Action::s3:List*',
      'Action::s3:DeleteObject*',
      'Action::s3:Abort*',
      `Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${config.region}/*`,
      'Resource::<WebSiteD504717C.Arn>/*',
      // CloudFront invalidations take no resource ARN.
      'Resource::*',
    ]) {
      acknowledge(
        helper,
        `IAM5[${finding}]`,
        'CDK’s site-deployment helper: reads the CDK asset bucket, replaces files in the site bucket, invalidates the distribution (an action with no resource ARN).',
      );
    }
    acknowledge(helper, 'L1', 'CDK chooses and updates the runtime of its site-deployment helper.');
  }
}
