import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import dynalite from 'dynalite';
import S3rver from 's3rver';
import { createApp } from '../../src/app.js';
import { citizenLifetime } from '../../src/auth/citizen-session.js';
import { sessionKey } from '../../src/auth/session-record.js';
import { createSession } from '../../src/auth/sessions.js';
import { readConfig } from '../../src/platform/config.js';
import { createDeps } from '../../src/platform/deps.js';
import { ensureTable } from '../embedded-services.js';
import { freePort } from '../free-port.js';
import { seedDemoData } from '../seed.js';
import { startSite } from '../site-server.js';
import { serverTimings } from './server-timings.js';

/**
 * The API under load runs here, in its own process (started by api-load.ts), so that the load
 * generator's timers and the server never share one event loop; and dynalite runs in a third
 * process (dynalite-server.ts), so that its work is not counted as the API's — unless
 * BENCH_DYNALITE=in-process, to compare. It prints one JSON line: the origin, a citizen's cookie,
 * the polled URLs and the DynamoDB calls each of them makes. On each "stats" line from stdin it
 * prints the GC and event-loop figures of itself (`api`) and of dynalite since the last one.
 */
const inProcess = process.env.BENCH_DYNALITE === 'in-process';
const dynamo = await (async () => {
  if (inProcess) {
    const port = await freePort();
    const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 }) as Server;
    await new Promise<void>((listening) => server.listen(port, '127.0.0.1', listening));
    return { endpoint: `http://127.0.0.1:${port}`, stats: async () => undefined, stop() {} };
  }
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', new URL('./dynalite-server.ts', import.meta.url).pathname],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => JSON.parse((await lines.next()).value as string) as Record<string, unknown>;
  const { endpoint } = (await next()) as { endpoint: string };
  return {
    endpoint,
    stats: async () => {
      child.stdin.write('stats\n');
      return (await next()).stats;
    },
    stop: () => child.stdin.end(),
  };
})();
const tableName = 'passerelle';
await ensureTable(dynamo.endpoint, tableName);
// The demo data's documents go to S3 (s3rver, here, idle once seeded); nothing polled reaches S3,
// SES or the identity provider: those point at a closed port.
const s3 = new S3rver({
  address: '127.0.0.1',
  port: await freePort(),
  directory: mkdtempSync(join(tmpdir(), 'passerelle-bench-s3-')),
  silent: true,
  configureBuckets: [{ name: 'passerelle-documents', configs: [] }],
});
const s3Address = (await s3.run()) as { port: number };
const port = await freePort();
const origin = `http://localhost:${port}`;
const nowhere = 'http://127.0.0.1:9';
const deps = createDeps(
  readConfig({
    ALLOWED_ORIGINS: origin,
    AWS_REGION: 'eu-west-1',
    TABLE_NAME: tableName,
    BUCKET_NAME: 'passerelle-documents',
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    S3_ENDPOINT: `http://127.0.0.1:${s3Address.port}`,
    S3_FORCE_PATH_STYLE: 'true',
    SES_ENDPOINT: nowhere,
    MAIL_FROM: 'Passerelle <no-reply@passerelle.localhost>',
    OIDC_ISSUER: nowhere,
    OIDC_CLIENT_ID: 'bench',
    OIDC_CLIENT_SECRET: 'bench',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
  }),
);
await seedDemoData(deps);
const site = await startSite({ api: createApp(deps), port, uploadOrigin: nowhere });
const stack = { origin, deps };
const timings = serverTimings();
const { token } = await createSession(
  stack.deps,
  { kind: 'citizen', citizenId: 'citizen-marie-schmit', authTime: Math.floor(Date.now() / 1000) },
  citizenLifetime(stack.deps),
);
const cookie = `passerelle_session=${token}`;
const post = async (path: string, body: unknown) =>
  (await fetch(`${stack.origin}/api${path}`, {
    method: 'POST',
    headers: {
      cookie,
      origin: stack.origin,
      'sec-fetch-site': 'same-origin',
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  }).then((response) => response.json())) as { codeId: string };
// What the computer polls while a phone acts (DESIGN.md: "status/claim"), created as the desktop would.
const housing = '00000000-0000-4000-8000-000000000201';
const link = await post('/link-codes', {});
const upload = await post(`/procedures/${housing}/upload-codes`, { action: 'add', typeId: 'other' });
const targets = {
  'GET /api/link-codes/:id (status)': `${stack.origin}/api/link-codes/${link.codeId}`,
  'GET /api/procedures/:id/upload-codes/:id (status)': `${stack.origin}/api/procedures/${housing}/upload-codes/${upload.codeId}`,
  'GET /api/auth/me': `${stack.origin}/api/auth/me`,
};

// Every DynamoDB call the API makes, with whether it asked for a strongly consistent read.
let calls: string[] = [];
stack.deps.db.middlewareStack.add(
  (next, context) => async (args) => {
    const input = args.input as { ConsistentRead?: boolean };
    calls.push(`${context.commandName}${input.ConsistentRead ? ' (consistent)' : ''}`);
    return next(args);
  },
  { step: 'initialize', name: 'benchCallCounter' },
);
const dynamoCallsPerRequest: Record<string, string[]> = {};
for (const [name, url] of Object.entries(targets)) {
  calls = [];
  await (await fetch(url, { headers: { cookie } })).arrayBuffer();
  dynamoCallsPerRequest[name] = calls;
}
const dynamoPeer = { endpoint: dynamo.endpoint, table: tableName, sessionKey: sessionKey(token) };
console.log(
  JSON.stringify({ origin: stack.origin, cookie, targets, dynamoCallsPerRequest, dynamo: dynamoPeer }),
);
timings.take();
process.stdin.setEncoding('utf8');
createInterface({ input: process.stdin }).on('line', async () => {
  const api = timings.take();
  console.log(JSON.stringify({ stats: { api, dynalite: await dynamo.stats() } }));
});
process.on('SIGTERM', async () => {
  dynamo.stop();
  await site.stop();
  await s3.close();
  process.exit(0);
});
