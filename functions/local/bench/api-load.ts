import { resolve } from 'node:path';
import { citizenLifetime } from '../../src/auth/citizen-session.js';
import { createSession } from '../../src/auth/sessions.js';
import { startLocalStack } from '../local-stack.js';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/**
 * The API under local load (DESIGN.md: p99 ≤ 50 ms at 200 req/s, no errors): a fixed request rate
 * for a bounded time against the running local stack over HTTP, one loopback client.
 */
export async function benchApiLoad(options: { rate?: number; seconds?: number } = {}) {
  const rate = options.rate ?? 200;
  const seconds = options.seconds ?? 10;
  const stack = await startLocalStack({ port: 0, webDir: resolve('dist/web') });
  try {
    const { token } = await createSession(
      stack.deps,
      { kind: 'citizen', citizenId: 'citizen-marie-schmit', authTime: Math.floor(Date.now() / 1000) },
      citizenLifetime(stack.deps),
    );
    const headers = { cookie: `passerelle_session=${token}` };
    // What the computer polls while a phone acts (DESIGN.md: "status/claim"): a link code's status
    // and an upload code's status, each created through the API as the desktop would.
    const post = async (path: string, body: unknown) =>
      (await fetch(`${stack.origin}/api${path}`, {
        method: 'POST',
        headers: {
          ...headers,
          origin: stack.origin,
          'sec-fetch-site': 'same-origin',
          'content-type': 'application/json',
        },
        body: JSON.stringify(body),
      }).then((response) => response.json())) as { codeId: string };
    const housing = '00000000-0000-4000-8000-000000000201';
    const link = await post('/link-codes', {});
    const upload = await post(`/procedures/${housing}/upload-codes`, { action: 'add', typeId: 'other' });
    const targets = {
      'GET /api/link-codes/:id (status)': `${stack.origin}/api/link-codes/${link.codeId}`,
      'GET /api/procedures/:id/upload-codes/:id (status)': `${stack.origin}/api/procedures/${housing}/upload-codes/${upload.codeId}`,
      'GET /api/auth/me': `${stack.origin}/api/auth/me`,
    };
    const results: Record<string, unknown> = {};
    for (const [name, url] of Object.entries(targets)) {
      // Warm up (JIT, connection pool, dynalite's LevelDB caches) before measuring.
      for (let i = 0; i < 200; i += 1) await (await fetch(url, { headers })).arrayBuffer();
      const latencies: number[] = [];
      let errors = 0;
      const pending: Promise<void>[] = [];
      const started = performance.now();
      const total = rate * seconds;
      for (let i = 0; i < total; i += 1) {
        const due = started + (i * 1000) / rate;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((done) => setTimeout(done, wait));
        const sent = performance.now();
        pending.push(
          fetch(url, { headers })
            .then(async (response) => {
              await response.arrayBuffer();
              if (!response.ok) errors += 1;
              latencies.push(performance.now() - sent);
            })
            .catch(() => {
              errors += 1;
            }),
        );
      }
      await Promise.all(pending);
      latencies.sort((a, b) => a - b);
      results[name] = {
        rate,
        seconds,
        requests: total,
        errors,
        p50ms: Math.round(percentile(latencies, 50) * 10) / 10,
        p99ms: Math.round(percentile(latencies, 99) * 10) / 10,
        budgetP99ms: 50,
      };
    }
    return results;
  } finally {
    await stack.stop();
  }
}
