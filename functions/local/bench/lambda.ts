import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { buildLambdaBundle, httpApiEvent, largest } from '../../../infra/lib/build-lambda.js';
import { lambdaEsbuildOptions } from '../../../infra/lib/lambda-bundling.js';
import { must } from '../../test/must.js';

const median = (values: number[]) =>
  must([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)], 'a timing (runs ≥ 1)');
/** The machine's 1-minute load average, printed beside each timing (2 cores shared: it matters). */
export const loadAverage = () => Math.round(must(loadavg()[0], 'the 1-minute load average') * 100) / 100;

/**
 * Lambda budget (DESIGN.md, issue 14): ≤ 1 MB of code with the AWS SDK clients bundled in, and a
 * fresh Node process imports it and answers /api/health through the Lambda handler in ≤ 150 ms and
 * ≤ 1.3× a bare Hono handler bundled the same way. Both are built with the stack's own esbuild
 * options, then timed in fresh processes (Node's own start included), interleaved and in a rotating
 * order, so that the machine's load at a given moment weighs on both alike. Node alone (an empty
 * module, the same loader, the same environment) is timed in the same rounds: what each handler
 * adds to Node's own start is the part it is responsible for.
 */
export async function benchLambda(runs = 21) {
  const loadBefore = loadAverage();
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
  // Every process gets exactly this environment: an inherited NODE_EXTRA_CA_CERTS alone (set on this
  // machine) costs Node ~20 ms reading certificates, which made Node alone look slower than a handler.
  const run = (file: string) => {
    const started = performance.now();
    const output = execFileSync(process.execPath, [file], { env, encoding: 'utf8' });
    const elapsed = performance.now() - started;
    const last = must(output.trim().split('\n').pop(), `the status line printed by ${file}`);
    return { elapsed, status: JSON.parse(last).status as number };
  };
  const empty = join(bareDir, 'empty.mjs');
  writeFileSync(empty, 'console.log(JSON.stringify({ status: 0 }));');
  const files = { passerelle: probe(outdir), bareHono: probe(bareDir), nodeAlone: empty };
  const names = Object.keys(files) as (keyof typeof files)[];
  for (const name of names) run(files[name]); // the first run of each warms the file cache
  const timings = { passerelle: [] as number[], bareHono: [] as number[], nodeAlone: [] as number[] };
  let status = 0;
  for (let i = 0; i < runs; i += 1) {
    // Rotate who goes first: a process started right after another may find the CPU busier.
    for (let k = 0; k < names.length; k += 1) {
      const name = must(names[(i + k) % names.length], 'a probe name');
      const answer = run(files[name]);
      timings[name].push(answer.elapsed);
      if (name === 'passerelle') status = answer.status;
    }
  }
  const firstAnswerMs = Math.round(median(timings.passerelle));
  const bareHonoMs = Math.round(median(timings.bareHono));
  const nodeAloneMs = Math.round(median(timings.nodeAlone));
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
    nodeStartAloneMs: nodeAloneMs,
    // What each adds to Node's own start (median of each minus Node alone's median).
    passerelleOverNodeMs: firstAnswerMs - nodeAloneMs,
    bareHonoOverNodeMs: bareHonoMs - nodeAloneMs,
    loadAverage: { before: loadBefore, after: loadAverage() },
    largestKB: largest(bundle.byPackage, 10),
    largestAtColdStartKB: largest(bundle.coldStartByPackage, 10),
  };
}
