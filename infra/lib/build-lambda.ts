import { statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { lambdaBundling, lambdaEntry } from './lambda-bundling.js';

/**
 * Builds the API's Lambda bundle exactly as the stack's NodejsFunction does (same esbuild settings,
 * from lambda-bundling.ts), for the bundle test and `npm run bench`.
 */
export async function buildLambdaBundle(outdir: string) {
  const outfile = join(outdir, 'index.mjs');
  const result = await build({
    entryPoints: [lambdaEntry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: lambdaBundling.target,
    minify: lambdaBundling.minify,
    sourcemap: lambdaBundling.sourceMap,
    mainFields: lambdaBundling.mainFields,
    banner: { js: lambdaBundling.banner! },
    external: lambdaBundling.externalModules,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.values(result.metafile.outputs).find((output) => output.entryPoint)?.inputs ?? {};
  const byPackage: Record<string, number> = {};
  for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
    const name = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? 'passerelle';
    byPackage[name] = (byPackage[name] ?? 0) + bytesInOutput;
  }
  return { outfile, bytes: statSync(outfile).size, byPackage };
}

/** An API Gateway v2 (HTTP API, payload 2.0) event, the shape a Function URL also sends. */
export function httpApiEvent(method: string, path: string, headers: Record<string, string> = {}) {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers: { host: 'abc123.execute-api.eu-west-1.amazonaws.com', ...headers },
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName: 'abc123.execute-api.eu-west-1.amazonaws.com',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'test' },
      requestId: 'test',
      routeKey: '$default',
      stage: '$default',
      time: new Date().toISOString(),
      timeEpoch: Date.now(),
    },
    isBase64Encoded: false,
  };
}
