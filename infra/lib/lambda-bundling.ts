import { join } from 'node:path';
import type { BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';

export const repositoryRoot = join(import.meta.dirname, '..', '..');
export const lambdaEntry = join(repositoryRoot, 'functions', 'src', 'lambda.ts');

/**
 * One set of esbuild settings for the stack and for the bundle test: ESM, minified, source maps,
 * Node 22, and the AWS SDK bundled in (`externalModules: []`) — a bundle that starts faster than the
 * runtime's own copy of the SDK, loaded from hundreds of files (PITFALLS.md).
 */
export const lambdaBundling: BundlingOptions = {
  format: OutputFormat.ESM,
  minify: true,
  sourceMap: true,
  target: 'node22',
  externalModules: [],
  mainFields: ['module', 'main'],
  // Some CommonJS dependencies call require(): give the ESM bundle one.
  banner:
    "import{createRequire as __passerelleRequire}from'module';const require=__passerelleRequire(import.meta.url);",
  forceDockerBundling: false,
};
