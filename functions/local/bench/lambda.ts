import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { buildLambdaBundle, httpApiEvent, largest } from '../../../infra/lib/build-lambda.js';
import { lambdaEsbuildOptions } from '../../../infra/lib/lambda-bundling.js';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Lambda budget (DESIGN.md, issue 14): ≤ 1 MB of code with the AWS SDK clients bundled in, and a
 * fresh Node process imports it and answers /api/health through the Lambda handler in ≤ 150 ms and
 * ≤ 1.3× a bare Hono handler bundled the same way. Both are built with the stack's own esbuild
 * options, then timed alternately in fresh processes (Node's own start included), so that the
 * machine's load at a given moment weighs on both alike.
 */
export async function benchLambda(runs = 15) {
  const outdir = mkdtempSync(join(tmpdir(), 'passerelle-lambda-'));
  const bundle = await buildLambdaBundle(outdir);
  const bareDir = mkdtempSync(join(tmpdir(), 'passerelle-bare-'));
  await build({
    ...lambdaEsbuildOptions,
    entryPoints: { index: join(import.meta.dirname, 'fixtures', 'bare-hono.ts') },
    outdir: bareDir,
  });
  const event = JSON.stringify(httpApiEvent('GET', '/api/health'));
  const probe = (dir: string) => {
    const file = join(dir, 'probe.mjs');
    writeFileSync(
      file,
      `const { handler } = await import('./index.mjs');
const answer = await handler(${event}, {});
console.log(JSON.stringify({ status: answer.statusCode }));`,
    );
    return file;
  };
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
    LOG_LEVEL: 'warn',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  const run = (file: string) => {
    const started = performance.now();
    const output = execFileSync(process.execPath, [file], { env, encoding: 'utf8' });
    const elapsed = performance.now() - started;
    return { elapsed, status: JSON.parse(output.trim().split('\n').pop()!).status as number };
  };
  const ours = probe(outdir);
  const bare = probe(bareDir);
  run(ours);
  run(bare); // the first run of each warms the file cache
  const timings = { passerelle: [] as number[], bareHono: [] as number[], nodeAlone: [] as number[] };
  let status = 0;
  for (let i = 0; i < runs; i += 1) {
    const answer = run(ours);
    status = answer.status;
    timings.passerelle.push(answer.elapsed);
    timings.bareHono.push(run(bare).elapsed);
    const started = performance.now();
    execFileSync(process.execPath, ['-e', '0']);
    timings.nodeAlone.push(performance.now() - started);
  }
  const firstAnswerMs = Math.round(median(timings.passerelle));
  const bareHonoMs = Math.round(median(timings.bareHono));
  // zxcvbn-ts's word lists are data loaded by the password routes only, counted apart (issue 13).
  const dictionaries = Object.entries(bundle.byPackage)
    .filter(([name]) => name.startsWith('@zxcvbn-ts/language-'))
    .reduce((sum, [, bytes]) => sum + bytes, 0);
  return {
    bytes: bundle.bytes,
    codeBytesWithoutPasswordDictionaries: bundle.bytes - dictionaries,
    budgetBytes: 1024 * 1024,
    coldStartBytes: bundle.coldStartBytes,
    bareHonoBytes: statSync(join(bareDir, 'index.mjs')).size,
    healthStatus: status,
    runs,
    freshProcessFirstAnswerMs: firstAnswerMs,
    budgetMs: 150,
    bareHonoFirstAnswerMs: bareHonoMs,
    ratioToBareHono: Math.round((firstAnswerMs / bareHonoMs) * 100) / 100,
    budgetRatio: 1.3,
    nodeStartAloneMs: Math.round(median(timings.nodeAlone)),
    largestKB: largest(bundle.byPackage, 10),
    largestAtColdStartKB: largest(bundle.coldStartByPackage, 10),
  };
}
