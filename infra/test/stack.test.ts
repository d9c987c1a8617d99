import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { must } from '../../functions/test/must.js';
import { readStageConfig } from '../lib/stage-config.js';
import { synthesize } from './synth.js';

const { template, config } = synthesize('dev');

describe('the Passerelle stack', () => {
  it('passes cdk-nag AwsSolutions with every acknowledgement explained (synth would throw otherwise)', () => {
    expect(Object.keys(template.toJSON().Resources).length).toBeGreaterThan(20);
  });

  it('keeps the data in one on-demand table with PITR, encryption and the TTL attribute, and no index', () => {
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      Replicas: [
        Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }),
      ],
      SSESpecification: { SSEEnabled: true },
      GlobalSecondaryIndexes: Match.absent(),
    });
  });

  it('answers API calls only through CloudFront: a secret origin header the Lambda checks (row 42)', () => {
    const secrets = template.findResources('AWS::SecretsManager::Secret', {
      Properties: { GenerateSecretString: Match.objectLike({ PasswordLength: 48 }) },
    });
    const [secretId] = Object.keys(secrets);
    expect(secretId).toBeDefined();
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Origins: Match.arrayWith([
          Match.objectLike({
            OriginCustomHeaders: [
              {
                HeaderName: 'x-origin-verify',
                HeaderValue: {
                  'Fn::Join': [
                    '',
                    Match.arrayWith([Match.stringLikeRegexp('resolve:secretsmanager:'), { Ref: secretId }]),
                  ],
                },
              },
            ],
          }),
        ]),
      }),
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ ORIGIN_SECRET_ARN: { Ref: secretId } }) },
    });
  });

  it('protects the table from deletion in prod only', () => {
    const prod = synthesize('prod').template;
    prod.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      Replicas: [Match.objectLike({ DeletionProtectionEnabled: true })],
    });
    prod.hasResource('AWS::DynamoDB::GlobalTable', { DeletionPolicy: 'Retain' });
    template.hasResource('AWS::DynamoDB::GlobalTable', { DeletionPolicy: 'Delete' });
  });

  it('keeps documents private, encrypted, versioned, TLS-only, with CORS for the site and expiring uploads', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      VersioningConfiguration: { Status: 'Enabled' },
      CorsConfiguration: {
        CorsRules: [Match.objectLike({ AllowedOrigins: [config.siteUrl], AllowedMethods: ['POST', 'GET'] })],
      },
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({ Prefix: 'incoming/', ExpirationInDays: 1, Status: 'Enabled' }),
          Match.objectLike({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 } }),
        ]),
      },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('runs the API on Node 22, arm64, JSON logs with retention, configured from the stage', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      LoggingConfig: Match.objectLike({ LogFormat: 'JSON' }),
      Environment: {
        Variables: Match.objectLike({
          ALLOWED_ORIGINS: config.siteUrl,
          OIDC_ISSUER: config.openId.issuer,
          OIDC_CLIENT_SECRET_ARN: Match.anyValue(),
          REQUIRE_MALWARE_SCAN: 'false',
        }),
      },
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: config.logRetentionDays });
  });

  it('never puts the OpenID client secret in the template', () => {
    const variables = JSON.stringify(template.findResources('AWS::Lambda::Function'));
    expect(variables).not.toContain('OIDC_CLIENT_SECRET"');
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      Description: Match.stringLikeRegexp('OpenID Connect client secret'),
    });
  });

  it('gives the function only its log group, its table, its two bucket prefixes, SES sending and its two secrets', () => {
    const policies = template.findResources('AWS::IAM::Policy', {
      Properties: { PolicyName: Match.stringLikeRegexp('^ApiRole') },
    });
    const statements = Object.values(policies).flatMap(
      (policy) => policy.Properties.PolicyDocument.Statement,
    );
    const actions = statements.flatMap((statement) => [statement.Action].flat());
    expect([...new Set(actions)].sort()).toEqual(
      [
        'dynamodb:BatchWriteItem',
        'dynamodb:DeleteItem',
        'dynamodb:GetItem',
        'dynamodb:PutItem',
        'dynamodb:Query',
        'dynamodb:UpdateItem',
        'logs:CreateLogStream',
        'logs:PutLogEvents',
        's3:DeleteObject',
        's3:GetObject',
        's3:GetObjectTagging',
        // Only under documents/ (filing lists the copies a dead attempt left, documents/storage.ts).
        's3:ListBucket',
        's3:PutObject',
        'secretsmanager:DescribeSecret',
        'secretsmanager:GetSecretValue',
        'ses:SendEmail',
      ].sort(),
    );
    expect(JSON.stringify(statements)).not.toMatch(/"Resource":"\*"/);
    const listing = statements.filter((statement) => [statement.Action].flat().includes('s3:ListBucket'));
    expect(listing.map((statement) => statement.Condition)).toEqual([
      { StringLike: { 's3:prefix': ['documents/*'] } },
    ]);
    expect(actions).not.toContain('dynamodb:Scan');
    // No AWS managed policy (AWSLambdaBasicExecutionRole would let it create log groups anywhere).
    template.hasResourceProperties('AWS::IAM::Role', {
      Description: Match.stringLikeRegexp('^Passerelle API'),
      ManagedPolicyArns: Match.absent(),
    });
  });

  it('serves the API through an HTTP API $default stage with access logs and throttling', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
      DefaultRouteSettings: { ThrottlingBurstLimit: 500, ThrottlingRateLimit: 200 },
    });
  });

  it('serves the site through CloudFront with OAC, the SPA fallback as a function, and /api/* uncached', () => {
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    const [distribution] = Object.values(template.findResources('AWS::CloudFront::Distribution'));
    const cdn = must(distribution, 'the CloudFront distribution').Properties.DistributionConfig;
    expect(cdn.DefaultRootObject).toBe('index.html');
    // Distribution-wide error pages would turn the API's JSON 404s into index.html (PITFALLS.md).
    expect(cdn.CustomErrorResponses).toBeUndefined();
    expect(cdn.Aliases).toEqual([must(config.domain, "the dev stage's domain").name]);
    expect(cdn.ViewerCertificate.MinimumProtocolVersion).toBe('TLSv1.2_2021');
    expect(cdn.DefaultCacheBehavior.FunctionAssociations[0].EventType).toBe('viewer-request');
    const api = cdn.CacheBehaviors.find(
      (behavior: { PathPattern: string }) => behavior.PathPattern === '/api/*',
    );
    expect(api.CachePolicyId).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad'); // CachingDisabled
    expect(api.OriginRequestPolicyId).toBe('b689b0a8-53d0-40ab-baf2-68738e2966ac'); // AllViewerExceptHostHeader
    expect(api.AllowedMethods).toEqual(expect.arrayContaining(['POST', 'DELETE']));
    const assets = cdn.CacheBehaviors.find(
      (behavior: { PathPattern: string }) => behavior.PathPattern === '/assets/*',
    );
    expect(assets.CachePolicyId).toBe('658327ea-f89d-4fab-a63d-7e88639e58f6'); // CachingOptimized
    const functions = JSON.stringify(template.findResources('AWS::CloudFront::Function'));
    expect(functions).toContain("uri.indexOf('/api/') !== 0");
    expect(functions).toContain('x-forwarded-host');
  });

  it('sends the security headers: CSP without inline scripts, no framing, HSTS, no referrer, camera for us only', () => {
    const [policy] = Object.values(template.findResources('AWS::CloudFront::ResponseHeadersPolicy'));
    const config = must(policy, 'the response headers policy').Properties.ResponseHeadersPolicyConfig;
    const csp = JSON.stringify(config.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy);
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(config.SecurityHeadersConfig.StrictTransportSecurity).toMatchObject({
      IncludeSubdomains: true,
      Override: true,
    });
    expect(config.SecurityHeadersConfig.ReferrerPolicy).toEqual({
      ReferrerPolicy: 'no-referrer',
      Override: true,
    });
    expect(config.SecurityHeadersConfig.ContentTypeOptions).toEqual({ Override: true });
    expect(config.SecurityHeadersConfig.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
    expect(config.CustomHeadersConfig.Items[0]).toMatchObject({
      Header: 'Permissions-Policy',
      Value: expect.stringContaining('camera=(self)'),
    });
  });

  it('sets up SES sending with a configuration set, and alarms on errors and throttles', () => {
    template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: config.mail.identity });
    template.resourceCountIs('AWS::SES::ConfigurationSet', 1);
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Errors', Threshold: 1 });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Throttles', Threshold: 1 });
  });

  it('turns on GuardDuty malware protection and the API check together', () => {
    const prod = synthesize('prod').template;
    prod.hasResourceProperties('AWS::GuardDuty::MalwareProtectionPlan', {
      ProtectedResource: { S3Bucket: Match.objectLike({ ObjectPrefixes: ['incoming/'] }) },
    });
    prod.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ REQUIRE_MALWARE_SCAN: 'true' }) },
    });
    template.resourceCountIs('AWS::GuardDuty::MalwareProtectionPlan', 0);
  });

  it('refuses a stage config with a mistake before anything is deployed', () => {
    const folder = mkdtempSync(join(tmpdir(), 'stage-'));
    writeFileSync(
      join(folder, 'broken.json'),
      JSON.stringify({ ...config, stage: 'broken', siteUrl: 'http://insecure.example' }),
    );
    expect(() => readStageConfig('broken', folder)).toThrow(/siteUrl/);
  });
});
