import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildLambdaBundle, httpApiEvent } from '../../../infra/lib/build-lambda.js';

/**
 * Lambda budget (DESIGN.md): ≤ 1 MB minified with the AWS SDK clients bundled in, and a fresh Node
 * process imports it and answers its first request in ≤ 200 ms. Built with the stack's own esbuild
 * settings, then timed in fresh processes (process start to first answer, Node's start included).
 */
export async function benchLambda(runs = 5) {
  const outdir = mkdtempSync(join(tmpdir(), 'passerelle-lambda-'));
  const bundle = await buildLambdaBundle(outdir);
  const probe = join(outdir, 'probe.mjs');
  writeFileSync(
    probe,
    `const { handler } = await import('./index.mjs');
const answer = await handler(${JSON.stringify(httpApiEvent('GET', '/api/health'))}, {});
console.log(JSON.stringify({ status: answer.statusCode }));`,
  );
  const env = {
    PATH: process.env.PATH,
    AWS_REGION: 'eu-west-1',
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
    status = JSON.parse(
      execFileSync(process.execPath, [probe], { env, encoding: 'utf8' }).trim().split('\n').pop()!,
    ).status;
    timings.push(performance.now() - started);
  }
  const nodeAlone: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    execFileSync(process.execPath, ['-e', '0']);
    nodeAlone.push(performance.now() - started);
  }
  const median = (values: number[]) =>
    Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!);
  return {
    bundleKB: Math.round(bundle.bytes / 1024),
    budgetKB: 1024,
    healthStatus: status,
    freshProcessFirstAnswerMs: median(timings),
    nodeStartAloneMs: median(nodeAlone),
    budgetMs: 200,
    largestKB: Object.entries(bundle.byPackage)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([name, bytes]) => ({ name, kB: Math.round(bytes / 1024) })),
  };
}
