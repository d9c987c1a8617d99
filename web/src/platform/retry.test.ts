import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type RetryingDetail, retryAfterMs, retryDelay, withRetry } from './retry.js';

const answer = (status: number, headers: Record<string, string> = {}) =>
  new Response('{}', { status, headers });
const half = () => 0.5;

describe('the retry policy', () => {
  it('retries only a 503, honouring Retry-After (seconds or a date), at least 1 s and at most 10 s a wait', () => {
    expect(retryDelay(answer(503, { 'retry-after': '3' }), 1, 0)).toBe(3000);
    expect(retryDelay(answer(503, { 'retry-after': '0' }), 1, 0)).toBe(1000);
    expect(retryDelay(answer(503, { 'retry-after': '3600' }), 1, 0)).toBe(10_000);
    const inFive = new Date(Date.now() + 5000).toUTCString();
    expect(retryAfterMs(answer(503, { 'retry-after': inFive }))).toBeGreaterThan(3000);
    for (const status of [200, 400, 401, 409, 410, 422, 429, 500, 502, 504]) {
      expect(retryDelay(answer(status, { 'retry-after': '3' }), 1, 0)).toBeUndefined();
    }
  });

  it('backs off exponentially with jitter without Retry-After, and stops after the attempts or the total', () => {
    const delays = [1, 2, 3, 4].map((attempt) => retryDelay(answer(503), attempt, 0, DEFAULT_POLICY, half));
    expect(delays).toEqual([1000, 1500, 3000, 6000]);
    expect(retryDelay(answer(503), 1, 0, DEFAULT_POLICY, () => 0)).toBe(1000);
    expect(retryDelay(answer(503), 4, 0, DEFAULT_POLICY, () => 1)).toBe(8000);
    expect(retryDelay(answer(503), DEFAULT_POLICY.attempts, 0)).toBeUndefined();
    expect(retryDelay(answer(503, { 'retry-after': '3' }), 2, 28_000)).toBeUndefined();
  });
});

describe('withRetry around fetch, against a real HTTP server', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /** A server that answers 503 + Retry-After `busy` times, then 200 with what it received. */
  async function busyServer(busy: number) {
    const bodies: string[] = [];
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => {
        body += chunk;
      });
      request.on('end', () => {
        bodies.push(body);
        if (bodies.length <= busy) {
          response.writeHead(503, { 'content-type': 'application/json', 'retry-after': '3' });
          response.end(
            JSON.stringify({ error: { code: 'service_unavailable', message: 'busy', retryable: true } }),
          );
        } else {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ ok: true, body }));
        }
      });
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(server!.address() as { port: number }).port}/api/x`, bodies };
  }

  function recorder() {
    const waits: number[] = [];
    const told: RetryingDetail[] = [];
    const options = {
      wait: async (ms: number) => {
        waits.push(ms);
      },
      onWait: (detail: RetryingDetail) => told.push(detail),
    };
    return { waits, told, options };
  }

  it('sends the same request again after Retry-After, tells the page, and returns the success', async () => {
    const { url, bodies } = await busyServer(2);
    const { waits, told, options } = recorder();
    const response = await withRetry(fetch, options)(url, { method: 'POST', body: '{"a":1}' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, body: '{"a":1}' });
    expect(bodies).toEqual(['{"a":1}', '{"a":1}', '{"a":1}']);
    expect(waits).toEqual([3000, 3000]);
    expect(told).toEqual([
      { seconds: 3, attempt: 1 },
      { seconds: 3, attempt: 2 },
      { seconds: 0, attempt: 3 },
    ]);
  });

  it('gives up within its bounds and returns the last 503 for the caller to show', async () => {
    const { url, bodies } = await busyServer(100);
    const { waits, options } = recorder();
    const response = await withRetry(fetch, options)(url);
    expect(response.status).toBe(503);
    expect(bodies).toHaveLength(DEFAULT_POLICY.attempts);
    expect(waits.reduce((sum, ms) => sum + ms, 0)).toBeLessThanOrEqual(DEFAULT_POLICY.maxTotalMs);
  });

  it('stops waiting when the request is aborted', async () => {
    const { url, bodies } = await busyServer(100);
    const controller = new AbortController();
    const retrying = withRetry(fetch, {
      onWait: () => undefined,
      wait: (_ms, signal) =>
        new Promise((_, reject) => {
          signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
          controller.abort();
        }),
    });
    await expect(retrying(url, { signal: controller.signal })).rejects.toThrow(/abort/);
    expect(bodies).toHaveLength(1);
  });
});
