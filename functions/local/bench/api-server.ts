import { resolve } from 'node:path';
import { citizenLifetime } from '../../src/auth/citizen-session.js';
import { createSession } from '../../src/auth/sessions.js';
import { startLocalStack } from '../local-stack.js';

/**
 * The API under load runs here, in its own process (started by api-load.ts), so that the load
 * generator's timers and the server never share one event loop. It prints one JSON line: the
 * origin, a citizen's cookie, the polled URLs and the DynamoDB calls each of them makes.
 */
const stack = await startLocalStack({ port: 0, webDir: resolve('dist/web') });
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
console.log(JSON.stringify({ origin: stack.origin, cookie, targets, dynamoCallsPerRequest }));
process.on('SIGTERM', async () => {
  await stack.stop();
  process.exit(0);
});
