import { createInterface } from 'node:readline';
import { citizenLifetime } from '../../src/auth/citizen-session.js';
import { createSession } from '../../src/auth/sessions.js';
import { startLocalStack } from '../local-stack.js';

/**
 * The server side of the soak (soak.ts): the whole local stack in its own process (API, dynalite,
 * s3rver, SES, IdP), a citizen's cookie, and its memory on request. Started with --expose-gc, so
 * each reading follows a full collection and compares what is kept, not what awaits collection.
 */
const stack = await startLocalStack({ port: 0 });
const { token } = await createSession(
  stack.deps,
  { kind: 'citizen', citizenId: 'citizen-marie-schmit', authTime: Math.floor(Date.now() / 1000) },
  citizenLifetime(stack.deps),
);
console.log(JSON.stringify({ origin: stack.origin, cookie: `passerelle_session=${token}` }));

const collect = (globalThis as { gc?: () => void }).gc;
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'memory') {
    collect?.();
    const { rss, heapUsed } = process.memoryUsage();
    console.log(JSON.stringify({ memory: { rssMb: rss / 2 ** 20, heapUsedMb: heapUsed / 2 ** 20 } }));
  }
  if (line === 'stop') break;
}
await stack.stop();
process.exit(0);
