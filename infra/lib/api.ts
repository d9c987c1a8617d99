import { join } from 'node:path';
import { AssetHashType, DockerImage, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { type CfnStage, HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import {
  Architecture,
  Code,
  Function as LambdaFunction,
  LoggingFormat,
  Runtime,
} from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { ConfigurationSet, EmailIdentity } from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { buildSync } from 'esbuild';
import { lambdaEsbuildOptions, repositoryRoot } from './lambda-bundling.js';
import { Observability } from './observability.js';
import type { StageConfig } from './stage-config.js';
import { scheduleSweep } from './sweep-schedule.js';

export interface ApiProps {
  config: StageConfig;
  table: ITableV2;
  documents: IBucket;
  mail: { identity: EmailIdentity; configurationSet: ConfigurationSet };
  openIdSecret: ISecret;
  /** CloudFront's origin header value: requests without it are refused (client-address.ts). */
  originSecret: ISecret;
  /** Web Push's VAPID private key, when the stage turns push on (read at run time, deps.ts). */
  vapidSecret?: ISecret;
}

/**
 * The Hono app in one Lambda (Node 22, arm64, ESM bundle with the SDK inside) behind an HTTP API's
 * `$default` stage, which CloudFront reaches at /api/* — the same paths as locally. Why an HTTP API
 * and not a Function URL: docs/deploy.md.
 */
export class Api extends Construct {
  readonly function: LambdaFunction;
  readonly httpApi: HttpApi;

  constructor(
    scope: Construct,
    id: string,
    { config, table, documents, mail, openIdSecret, originSecret, vapidSecret }: ApiProps,
  ) {
    super(scope, id);
    const retention = config.logRetentionDays as RetentionDays;
    const removalPolicy = config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    const logGroup = new LogGroup(this, 'Logs', { retention, removalPolicy });
    // Our own role rather than AWSLambdaBasicExecutionRole: it may write to this log group only,
    // not create log groups anywhere in the account.
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Passerelle API (${config.stage}): its table, its bucket prefixes, SES sending, its secret`,
    });
    logGroup.grantWrite(role);

    this.function = new LambdaFunction(this, 'Handler', {
      role,
      code: lambdaCode(),
      handler: 'index.handler',
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      // The PDF checks inflate streams up to 64 MB each on top of the file itself.
      memorySize: 1024,
      timeout: Duration.seconds(29),
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        ALLOWED_ORIGINS: config.siteUrl,
        TABLE_NAME: table.tableName,
        BUCKET_NAME: documents.bucketName,
        MAIL_FROM: config.mail.from,
        SES_CONFIGURATION_SET: mail.configurationSet.configurationSetName,
        OIDC_ISSUER: config.openId.issuer,
        OIDC_CLIENT_ID: config.openId.clientId,
        OIDC_CLIENT_SECRET_ARN: openIdSecret.secretArn,
        ORIGIN_SECRET_ARN: originSecret.secretArn,
        REQUIRE_MALWARE_SCAN: String(config.malwareProtection),
        LOG_LEVEL: 'info',
        ...(config.webPush && vapidSecret
          ? {
              VAPID_PUBLIC_KEY: config.webPush.publicKey,
              VAPID_PRIVATE_KEY_ARN: vapidSecret.secretArn,
              ...(config.webPush.subject ? { VAPID_SUBJECT: config.webPush.subject } : {}),
            }
          : {}),
      },
    });
    this.grantLeastPrivilege(table, documents, mail, openIdSecret);
    scheduleSweep(this, this.function);
    originSecret.grantRead(this.function);
    vapidSecret?.grantRead(this.function);

    const accessLogs = new LogGroup(this, 'AccessLogs', { retention, removalPolicy });
    this.httpApi = new HttpApi(this, 'Http', {
      defaultIntegration: new HttpLambdaIntegration('App', this.function),
      createDefaultStage: true,
    });
    const { defaultStage } = this.httpApi;
    if (!defaultStage) throw new Error('The HTTP API was made without its default stage ($default).');
    const stage = defaultStage.node.defaultChild as CfnStage;
    // Only method, path, status and timing: never query strings (tokens) or client addresses.
    stage.accessLogSettings = {
      destinationArn: accessLogs.logGroupArn,
      format: JSON.stringify({
        requestId: '$context.requestId',
        time: '$context.requestTime',
        method: '$context.httpMethod',
        route: '$context.routeKey',
        status: '$context.status',
        latencyMs: '$context.responseLatency',
        integrationError: '$context.integrationErrorMessage',
      }),
    };
    stage.defaultRouteSettings = { throttlingBurstLimit: 500, throttlingRateLimit: 200 };

    this.addAlarms(config);
  }

  /** Only its table, its bucket's two prefixes, sending mail through its identity, reading its secret. */
  private grantLeastPrivilege(table: ITableV2, documents: IBucket, mail: ApiProps['mail'], secret: ISecret) {
    const allow = (actions: string[], resources: string[]) =>
      this.function.addToRolePolicy(new PolicyStatement({ effect: Effect.ALLOW, actions, resources }));
    allow(
      [
        'dynamodb:GetItem',
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
        'dynamodb:DeleteItem',
        'dynamodb:Query',
        // Unlinking a device deletes its WebAuthn credentials in one batch (devices/credentials.ts).
        'dynamodb:BatchWriteItem',
      ],
      [table.tableArn],
    );
    allow(
      ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:GetObjectTagging'],
      [documents.arnForObjects('incoming/*'), documents.arnForObjects('documents/*')],
    );
    // Filing removes copies left by attempts that died before recording (documents/storage.ts).
    this.function.addToRolePolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['s3:ListBucket'],
        resources: [documents.bucketArn],
        conditions: { StringLike: { 's3:prefix': ['documents/*'] } },
      }),
    );
    const stack = Stack.of(this);
    allow(
      ['ses:SendEmail'],
      [
        stack.formatArn({
          service: 'ses',
          resource: 'identity',
          resourceName: mail.identity.emailIdentityName,
        }),
        stack.formatArn({
          service: 'ses',
          resource: 'configuration-set',
          resourceName: mail.configurationSet.configurationSetName,
        }),
      ],
    );
    secret.grantRead(this.function);
  }

  private addAlarms(config: StageConfig) {
    const key = new Key(this, 'AlarmKey', { enableKeyRotation: true, removalPolicy: RemovalPolicy.DESTROY });
    // CloudWatch publishes to the encrypted topic only if the key lets it.
    key.grantEncryptDecrypt(new ServicePrincipal('cloudwatch.amazonaws.com'));
    const topic = new Topic(this, 'Alarms', { masterKey: key, enforceSSL: true });
    if (config.alarmEmail) topic.addSubscription(new EmailSubscription(config.alarmEmail));
    const alarms = [
      new Alarm(this, 'Errors', {
        alarmDescription: 'The API threw errors (5xx) in the last 5 minutes.',
        metric: this.function.metricErrors({ period: Duration.minutes(5) }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
      new Alarm(this, 'Throttles', {
        alarmDescription: 'Lambda throttled API requests in the last 5 minutes.',
        metric: this.function.metricThrottles({ period: Duration.minutes(5) }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
    ];
    for (const alarm of alarms) alarm.addAlarmAction(new SnsAction(topic));
    new Observability(this, 'Operations', { api: this.function, topic, stage: config.stage });
  }
}

/**
 * The API's code, built on this machine with esbuild (no Docker) from lambda-bundling.ts: an entry
 * and its chunks (NodejsFunction writes a single file, so nothing could load later). The asset is
 * hashed from the output, so an unchanged build deploys nothing.
 */
function lambdaCode() {
  return Code.fromAsset(join(repositoryRoot, 'functions'), {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Required by the API, never pulled: local bundling always succeeds or throws.
      image: DockerImage.fromRegistry('public.ecr.aws/sam/build-nodejs22.x'),
      local: {
        tryBundle(outputDir) {
          buildSync({ ...lambdaEsbuildOptions, outdir: outputDir });
          return true;
        },
      },
    },
  });
}
