import { CfnOutput, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { Api } from './api.js';
import { createTable } from './data.js';
import { createEmail } from './email.js';
import { createDocumentsBucket, createLogBucket } from './files.js';
import { MalwareProtection } from './malware-protection.js';
import { acknowledgeFindings } from './nag-acknowledgements.js';
import type { StageConfig } from './stage-config.js';
import { Web } from './web.js';

export interface PasserelleStackProps extends StackProps {
  config: StageConfig;
}

/** Everything Passerelle needs in one stack: `cdk deploy` from a clean clone to a working site. */
export class PasserelleStack extends Stack {
  constructor(scope: Construct, id: string, props: PasserelleStackProps) {
    super(scope, id, props);
    const { config } = props;
    const logs = createLogBucket(this, config);
    const table = createTable(this, config);
    const documents = createDocumentsBucket(this, config, logs);
    const mail = createEmail(this, config);
    // The value is put in by the operator (docs/deploy.md): it never appears in the template.
    const openIdSecret = new Secret(this, 'OpenIdClientSecret', {
      description: `OpenID Connect client secret of Passerelle (${config.stage}), issued by the identity provider`,
      removalPolicy: config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    // Only CloudFront knows it (SECURITY.md row 42): it adds it to every request it sends the API,
    // which answers nothing without it, so the execute-api endpoint cannot be called around the CDN.
    const originSecret = new Secret(this, 'OriginSecret', {
      description: `Header CloudFront adds on its way to the Passerelle API (${config.stage})`,
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // Web Push's VAPID private key, put in by the operator like the OpenID secret (a P-256 pair made
    // outside AWS: the public half is in the config); the API reads it at run time, never from its env.
    const vapidSecret = config.webPush
      ? new Secret(this, 'VapidPrivateKey', {
          description: `Web Push VAPID private key of Passerelle (${config.stage}), base64url`,
          removalPolicy: RemovalPolicy.DESTROY,
        })
      : undefined;
    const api = new Api(this, 'Api', {
      config,
      table,
      documents,
      mail,
      openIdSecret,
      originSecret,
      vapidSecret,
    });
    const web = new Web(this, 'Web', { config, api: api.httpApi, documents, logs, originSecret });
    if (config.malwareProtection) new MalwareProtection(this, 'MalwareProtection', documents);

    new CfnOutput(this, 'SiteUrl', {
      value: config.siteUrl,
      description: 'The site, once DNS points at the distribution',
    });
    new CfnOutput(this, 'DistributionDomain', {
      value: `https://${web.distribution.distributionDomainName}`,
      description: 'CloudFront address (point the site’s DNS name here)',
    });
    new CfnOutput(this, 'OpenIdClientSecretArn', {
      value: openIdSecret.secretArn,
      description: 'Put the client secret here',
    });
    if (vapidSecret) {
      new CfnOutput(this, 'VapidPrivateKeyArn', {
        value: vapidSecret.secretArn,
        description: 'Put the Web Push VAPID private key here',
      });
    }
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'DocumentsBucket', { value: documents.bucketName });

    acknowledgeFindings(this, config, { api, web, openIdSecret, originSecret, vapidSecret });
  }
}
