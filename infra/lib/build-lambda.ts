import { statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { lambdaEsbuildOptions } from './lambda-bundling.js';

/** What a package or our own code weighs in the Lambda's code, and whether a cold start loads it. */
export interface BundleReport {
  dir: string;
  /** All the code deployed (every .mjs file, source maps excluded). */
  bytes: number;
  /** `index.mjs` and the chunks it imports statically: what every cold start compiles. */
  coldStartBytes: number;
  byPackage: Record<string, number>;
  coldStartByPackage: Record<string, number>;
}

/**
 * Builds the API's Lambda code exactly as the stack does (the same esbuild options, from
 * lambda-bundling.ts) into `outdir`, for the bundle test and `npm run bench`, and reads esbuild's
 * metafile: bytes per package, in all and in what a cold start loads.
 */
export async function buildLambdaBundle(outdir: string): Promise<BundleReport> {
  const result = await build({ ...lambdaEsbuildOptions, outdir, metafile: true });
  const outputs = result.metafile.outputs;
  const code = Object.keys(outputs).filter((file) => file.endsWith('.mjs'));
  // Every dynamically imported module is an entry point too: the Lambda's own is `index.mjs`.
  const entry = code.find((file) => file.endsWith('/index.mjs'));
  if (!entry) throw new Error(`esbuild wrote no index.mjs to ${outdir}`);
  // The entry and, transitively, its static imports (dynamic `import()`s load later).
  const eager = new Set<string>();
  const visit = (file: string) => {
    if (eager.has(file)) return;
    eager.add(file);
    const output = outputs[file];
    if (!output) throw new Error(`esbuild's metafile lists no output ${file}`);
    for (const imported of output.imports)
      if (imported.kind === 'import-statement' && outputs[imported.path]) visit(imported.path);
  };
  visit(entry);
  const byPackage: Record<string, number> = {};
  const coldStartByPackage: Record<string, number> = {};
  for (const [file, { inputs }] of Object.entries(outputs)) {
    if (!file.endsWith('.mjs')) continue;
    for (const [input, { bytesInOutput }] of Object.entries(inputs)) {
      const name = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? 'passerelle';
      byPackage[name] = (byPackage[name] ?? 0) + bytesInOutput;
      if (eager.has(file)) coldStartByPackage[name] = (coldStartByPackage[name] ?? 0) + bytesInOutput;
    }
  }
  const size = (files: Iterable<string>) => [...files].reduce((sum, file) => sum + statSync(file).size, 0);
  return { dir: outdir, bytes: size(code), coldStartBytes: size(eager), byPackage, coldStartByPackage };
}

/** The `count` largest entries of a bytes-by-name record, in KB. */
export function largest(record: Record<string, number>, count = 10) {
  return Object.entries(record)
    .sort(([, a], [, b]) => b - a)
    .slice(0, count)
    .map(([name, bytes]) => ({ name, kB: Math.round(bytes / 1024) }));
}

export const lambdaHandlerFile = (outdir: string) => join(outdir, 'index.mjs');

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
