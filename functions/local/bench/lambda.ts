import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * Lambda budget (DESIGN.md): ≤ 1 MB minified with the AWS SDK clients bundled in, and a fresh Node
 * process imports it and answers its first request in ≤ 200 ms. Built here with the settings the
 * stack uses (ESM, minified, node22, SDK bundled), then timed in fresh processes.
 */
export async function benchLambda(runs = 5) {
  const out = mkdtempSync(join(tmpdir(), 'passerelle-lambda-'));
  const outfile = join(out, 'index.mjs');
  const result = await build({
    entryPoints: [resolve('functions/src/lambda.ts')],
    bundle: true,
    minify: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    outfile,
    metafile: true,
    // Some CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: "import{createRequire as __cr}from'module';const require=__cr(import.meta.url);" },
    logLevel: 'silent',
  });
  const inputs = Object.entries(result.metafile.outputs[Object.keys(result.metafile.outputs)[0]!]!.inputs)
    .map(([file, { bytesInOutput }]) => ({ package: packageOf(file), bytes: bytesInOutput }))
    .reduce<Record<string, number>>((sizes, { package: name, bytes }) => {
      sizes[name] = (sizes[name] ?? 0) + bytes;
      return sizes;
    }, {});
  const probe = join(out, 'probe.mjs');
  writeFileSync(
    probe,
    `const started = performance.now();
const { handler } = await import('./index.mjs');
const answer = await handler({ version: '2.0', routeKey: '$default', rawPath: '/api/health', rawQueryString: '',
  headers: { host: 'example.org' }, requestContext: { http: { method: 'GET', path: '/api/health', sourceIp: '127.0.0.1' },
  domainName: 'example.org', requestId: 'bench', stage: '$default' }, isBase64Encoded: false }, {});
console.log(JSON.stringify({ status: answer.statusCode, ms: performance.now() - started }));`,
  );
  const env = {
    ...process.env,
    ALLOWED_ORIGINS: 'https://example.org',
    TABLE_NAME: 'bench',
    BUCKET_NAME: 'bench',
    MAIL_FROM: 'bench@example.org',
    OIDC_ISSUER: 'https://id.example.org',
    OIDC_CLIENT_ID: 'bench',
    OIDC_CLIENT_SECRET: 'bench',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  const timings: number[] = [];
  let status = 0;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const line = execFileSync(process.execPath, [probe], { env, encoding: 'utf8' }).trim().split('\n').pop()!;
    const total = performance.now() - started;
    status = JSON.parse(line).status;
    timings.push(total);
  }
  timings.sort((a, b) => a - b);
  const largest = Object.entries(inputs)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([name, bytes]) => ({ name, kB: Math.round(bytes / 102.4) / 10 }));
  return {
    bundleKB: Math.round(statSync(outfile).size / 102.4) / 10,
    budgetKB: 1024,
    healthStatus: status,
    freshProcessFirstAnswerMs: {
      p50: Math.round(timings[Math.floor(runs / 2)]!),
      min: Math.round(timings[0]!),
      budget: 200,
    },
    note: 'process start to first answer, including Node start-up itself',
    largest,
  };
}

function packageOf(file: string): string {
  const match = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  return match ? match[1]! : 'passerelle';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchLambda().then((report) => console.log(JSON.stringify(report, null, 2)));
}
