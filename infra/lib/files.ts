import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  HttpMethods,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import type { StageConfig } from './stage-config.js';

/** Access logs of the buckets and of CloudFront (which writes with ACLs, hence the ownership setting). */
export function createLogBucket(scope: Construct, config: StageConfig) {
  return new Bucket(scope, 'AccessLogs', {
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    encryption: BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
    lifecycleRules: [{ expiration: Duration.days(config.retainData ? 365 : 30) }],
    removalPolicy: config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    autoDeleteObjects: !config.retainData,
  });
}

/**
 * Citizens' documents: never public, encrypted, TLS only, versioned (a replaced file is still there).
 * Browsers upload to `incoming/` with presigned POSTs from the site's origin only (CORS); what is
 * never completed expires after a day. Filed documents live under `documents/`.
 */
export function createDocumentsBucket(scope: Construct, config: StageConfig, logs: Bucket) {
  return new Bucket(scope, 'Documents', {
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    encryption: BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    versioned: true,
    serverAccessLogsBucket: logs,
    serverAccessLogsPrefix: 'documents/',
    cors: [
      {
        allowedOrigins: [config.siteUrl],
        allowedMethods: [HttpMethods.POST, HttpMethods.GET],
        allowedHeaders: ['*'],
        exposedHeaders: ['ETag'],
        maxAge: 600,
      },
    ],
    lifecycleRules: [
      {
        id: 'incoming-uploads',
        prefix: 'incoming/',
        expiration: Duration.days(1),
        noncurrentVersionExpiration: Duration.days(1),
      },
      { id: 'incomplete-multipart', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      { id: 'replaced-versions', noncurrentVersionExpiration: Duration.days(90) },
    ],
    removalPolicy: config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    autoDeleteObjects: !config.retainData,
  });
}
