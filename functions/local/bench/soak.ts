import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { CLAIM_HEADER } from '../../src/add-document/phone-credentials.js';
import { must } from '../../test/must.js';
import { procedures } from '../demo-data.js';
import { samplePdf } from '../sample-pdf.js';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const round1 = (value: number) => Math.round(value * 10) / 10;
const housing = must(
  procedures.find((procedure) => procedure.reference === 'HOU-2026-0142'),
  'the demo procedure HOU-2026-0142',
).procedureId;

/** Pollers (the computer watching its codes) and phones (claim, presign, upload, complete) at once. */
const POLLERS = 4;
const PHONES = 2;

/**
 * A bounded soak (issue 9): `SOAK_SECONDS` (120 by default) of the computer's status polling plus
 * phones claiming upload codes and uploading PDFs through the whole pipeline, against the local
 * stack in its own process over HTTP. Prints requests, errors (anything not the expected answer),
 * p50/p99 latency, and the server's RSS and heap at the start and the end, each after a full
 * collection (memory flat means no growth beyond noise). Measures only; it decides nothing.
 */
export async function benchSoak(seconds = Number(process.env.SOAK_SECONDS ?? 120)) {
  const { child, lines, server } = await startServer();
  const latencies: number[] = [];
  const errors: string[] = [];
  let requests = 0;
  let filed = 0;

  const timed = async (path: string, init: RequestInit = {}, expected = [200, 201]) => {
    const sent = performance.now();
    requests += 1;
    try {
      const response = await fetch(`${server.origin}/api${path}`, init);
      const text = await response.text();
      latencies.push(performance.now() - sent);
      if (!expected.includes(response.status))
        errors.push(`${init.method ?? 'GET'} ${path}: ${response.status}`);
      return text ? JSON.parse(text) : undefined;
    } catch (error) {
      errors.push(`${init.method ?? 'GET'} ${path}: ${(error as Error).message}`);
      return undefined;
    }
  };
  const desktop = (body?: unknown) => ({
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      cookie: server.cookie,
      origin: server.origin,
      'sec-fetch-site': 'same-origin',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

  // What every poller watches: one link code and one upload code, as an open computer does.
  const link = await timed('/link-codes', desktop({}));
  const watched = await timed(
    `/procedures/${housing}/upload-codes`,
    desktop({ action: 'add', typeId: 'other' }),
  );
  const memoryAtStart = await memory(child, lines);
  const started = performance.now();
  const until = started + seconds * 1000;

  const poller = async () => {
    while (performance.now() < until) {
      await timed(`/link-codes/${link.codeId}`, desktop());
      await timed(`/procedures/${housing}/upload-codes/${watched.codeId}`, desktop());
      // The web app polls every second or so; four pollers at 100 ms is a busy office.
      await new Promise((done) => setTimeout(done, 100));
    }
  };

  const phone = async (which: number) => {
    for (let n = 0; performance.now() < until; n += 1) {
      const code = await timed(
        `/procedures/${housing}/upload-codes`,
        desktop({ action: 'add', typeId: 'other', name: `Soak ${which}-${n}` }),
      );
      if (!code) continue;
      const token = new URL(code.url).hash.slice(1);
      const phoneCall = (path: string, body: unknown, claim?: string) =>
        timed(`/upload-code${path}`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${token}`,
            origin: server.origin,
            'sec-fetch-site': 'same-origin',
            'content-type': 'application/json',
            ...(claim ? { [CLAIM_HEADER]: claim } : {}),
          },
          body: JSON.stringify(body),
        });
      const claimed = await phoneCall('/claim', {});
      if (!claimed?.claim) continue;
      const pdf = samplePdf(`Soak ${which}-${n}`);
      const post = await phoneCall('/presign', { size: pdf.byteLength }, claimed.claim);
      if (!post?.url) continue;
      const form = new FormData();
      for (const [name, value] of Object.entries(post.fields as Record<string, string>))
        form.append(name, value);
      form.append('file', new Blob([Buffer.from(pdf)], { type: 'application/pdf' }));
      requests += 1;
      const stored = await fetch(post.url, { method: 'POST', body: form }).catch(() => undefined);
      await stored?.arrayBuffer();
      if (!stored?.ok) {
        errors.push(`storage POST: ${stored?.status ?? 'no answer'}`);
        continue;
      }
      const done = await phoneCall('/complete', {}, claimed.claim);
      if (done) filed += 1;
      const status = await timed(`/procedures/${housing}/upload-codes/${code.codeId}`, desktop());
      if (status && status.state !== 'filed') errors.push(`status after filing: ${status.state}`);
    }
  };

  // A third reading once warmed up (JIT, worker threads, connection pools): growth after it is what
  // a leak would show.
  const warmedUp = new Promise<Awaited<ReturnType<typeof memory>>>((resolve) =>
    setTimeout(() => resolve(memory(child, lines)), seconds * 200),
  );
  await Promise.all([
    ...Array.from({ length: POLLERS }, () => poller()),
    ...Array.from({ length: PHONES }, (_, which) => phone(which)),
  ]);
  const elapsed = (performance.now() - started) / 1000;
  const memoryAtEnd = await memory(child, lines);
  child.stdin.write('stop\n');
  await new Promise((done) => child.once('exit', done));

  latencies.sort((a, b) => a - b);
  return {
    seconds: round1(elapsed),
    requests,
    requestsPerSecond: round1(requests / elapsed),
    errors: errors.length,
    ...(errors.length ? { firstErrors: [...new Set(errors)].slice(0, 5) } : {}),
    documentsFiled: filed,
    p50ms: round1(percentile(latencies, 50)),
    p99ms: round1(percentile(latencies, 99)),
    maxMs: round1(latencies.at(-1) ?? 0),
    server: {
      start: memoryAtStart,
      warmedUp: await warmedUp,
      end: memoryAtEnd,
      heapGrowthMb: round1(memoryAtEnd.heapUsedMb - memoryAtStart.heapUsedMb),
      rssGrowthMb: round1(memoryAtEnd.rssMb - memoryAtStart.rssMb),
      heapGrowthAfterWarmUpMb: round1(memoryAtEnd.heapUsedMb - (await warmedUp).heapUsedMb),
      rssGrowthAfterWarmUpMb: round1(memoryAtEnd.rssMb - (await warmedUp).rssMb),
    },
    load: `${POLLERS} pollers (2 status reads each, 100 ms apart) and ${PHONES} phones (generate, claim, presign, upload, complete, status) without pause`,
  };
}

async function startServer() {
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', new URL('./soak-server.ts', import.meta.url).pathname],
    {
      env: { ...process.env, LOG_LEVEL: 'error', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const lines = jsonLines(child);
  const server = (await lines.next('origin')) as { origin: string; cookie: string };
  return { child, lines, server };
}

/** The server's JSON lines, each awaited by its first key (a for-await loop would close the stream). */
function jsonLines(child: Server) {
  const waiting: { key: string; resolve: (value: Record<string, unknown>) => void }[] = [];
  const failures: ((error: Error) => void)[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    const index = waiting.findIndex(({ key }) => line.startsWith(`{"${key}"`));
    const [waiter] = index >= 0 ? waiting.splice(index, 1) : [];
    waiter?.resolve(JSON.parse(line) as Record<string, unknown>);
  });
  child.once('exit', () => {
    for (const fail of failures) fail(new Error('The soak server stopped before answering.'));
  });
  return {
    next: (key: string) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        waiting.push({ key, resolve });
        failures.push(reject);
      }),
  };
}

type Lines = ReturnType<typeof jsonLines>;
/** The soak server's process: its stdin and stdout are pipes, its stderr is ours. */
type Server = ChildProcessByStdio<Writable, Readable, null>;

async function memory(child: Server, lines: Lines) {
  const answer = lines.next('memory');
  child.stdin.write('memory\n');
  const { memory: reading } = (await answer) as { memory: { rssMb: number; heapUsedMb: number } };
  return { rssMb: round1(reading.rssMb), heapUsedMb: round1(reading.heapUsedMb) };
}
