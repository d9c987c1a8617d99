/**
 * The parts of the S3 SDK the API uses, imported together on first use (lazy-clients.ts). A dynamic
 * `import('@aws-sdk/client-s3')` would keep every command of the package in the bundle; importing
 * this module instead lets esbuild keep only these.
 */
export {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  GetObjectTaggingCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
export { createPresignedPost } from '@aws-sdk/s3-presigned-post';
export { getSignedUrl } from '@aws-sdk/s3-request-presigner';
