import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const tenth = (value: number) => Math.round(value * 10) / 10;

interface Server {
  origin: string;
  cookie: string;
  targets: Record<string, string>;
  dynamoCallsPerRequest: Record<string, string[]>;
}

/** Starts api-server.ts in its own process and waits for its one JSON line. */
async function startServer(): Promise<{ child: ChildProcess; server: Server }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', new URL('./api-server.ts', import.meta.url).pathname],
    {
      env: { ...process.env, LOG_LEVEL: 'error', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    if (line.startsWith('{"origin"')) return { child, server: JSON.parse(line) as Server };
  }
  throw new Error('The API server stopped before it was ready.');
}

/** Sends `rate` requests a second for `seconds`, open loop (each at its due time, whatever came back). */
async function round(url: string, cookie: string, rate: number, seconds: number) {
  const latencies: number[] = [];
  let errors = 0;
  const pending: Promise<void>[] = [];
  const started = performance.now();
  const total = rate * seconds;
  for (let i = 0; i < total; i += 1) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((done) => setTimeout(done, wait));
    const sent = performance.now();
    pending.push(
      fetch(url, { headers: { cookie } })
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
  return {
    requests: total,
    errors,
    p50ms: tenth(percentile(latencies, 50)),
    p99ms: tenth(percentile(latencies, 99)),
    maxMs: tenth(latencies.at(-1) ?? 0),
  };
}

/**
 * The API under local load (issue 14: p99 ≤ 25 ms at 200 req/s in every one of 5 rounds, and where
 * it bends at 1,000 req/s): the computer's polls and /auth/me against the local stack over HTTP,
 * the server in its own process. Also prints the DynamoDB calls each of these requests makes (one
 * strongly consistent read beyond the session, nothing else).
 */
export async function benchApiLoad(options: { rounds?: number; seconds?: number } = {}) {
  const rounds = options.rounds ?? 5;
  const seconds = options.seconds ?? 5;
  const { child, server } = await startServer();
  try {
    const results: Record<string, unknown> = {};
    for (const [name, url] of Object.entries(server.targets)) {
      // Warm up (JIT, connection pool, dynalite's LevelDB caches) before measuring.
      for (let i = 0; i < 200; i += 1)
        await (await fetch(url, { headers: { cookie: server.cookie } })).arrayBuffer();
      const at200 = [];
      for (let i = 0; i < rounds; i += 1) at200.push(await round(url, server.cookie, 200, seconds));
      const at1000 = await round(url, server.cookie, 1000, seconds);
      results[name] = {
        dynamoCalls: server.dynamoCallsPerRequest[name],
        at200PerSecond: {
          budgetP99ms: 25,
          worstP99ms: Math.max(...at200.map((r) => r.p99ms)),
          rounds: at200,
        },
        at1000PerSecond: at1000,
      };
    }
    return results;
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
}
