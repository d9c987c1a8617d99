import { ConfigurationSet, EmailIdentity, Identity, SuppressionReasons } from 'aws-cdk-lib/aws-ses';
import type { Construct } from 'constructs';
import type { StageConfig } from './stage-config.js';

/**
 * The sending domain (verified through the DNS records CloudFormation outputs, DKIM) and a
 * configuration set that keeps bounces and complaints off the list automatically.
 */
export function createEmail(scope: Construct, config: StageConfig) {
  const configurationSet = new ConfigurationSet(scope, 'Mail', {
    reputationMetrics: true,
    suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
  });
  const identity = new EmailIdentity(scope, 'Sender', {
    identity: Identity.domain(config.mail.identity),
    configurationSet,
  });
  return { configurationSet, identity };
}
