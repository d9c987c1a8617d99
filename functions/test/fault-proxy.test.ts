import { createServer } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { type FaultProxy, startFaultProxy } from './fault-proxy.js';

/** A plain HTTP service to stand behind the proxy. */
async function service() {
  const server = createServer((request, response) => response.end(`answered ${request.url}`));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` };
}

describe('the fault proxy used by the fault tests', () => {
  let proxy: FaultProxy | undefined;
  let stopService: (() => void) | undefined;
  afterEach(async () => {
    await proxy?.stop();
    stopService?.();
  });

  async function setUp() {
    const { server, url } = await service();
    stopService = () => server.close();
    proxy = await startFaultProxy(url);
    return proxy;
  }

  it('passes requests through and records them', async () => {
    const p = await setUp();
    expect(await (await fetch(`${p.url}/one`)).text()).toBe('answered /one');
    expect(p.seen.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /one']);
  });

  it('holds the requests its rule picks until released, and lets others through meanwhile', async () => {
    const p = await setUp();
    p.rule = (request) => (request.path === '/slow' ? 'hold' : 'pass');
    let settled = false;
    const slow = fetch(`${p.url}/slow`).then(async (response) => {
      settled = true;
      return response.text();
    });
    await p.held();
    expect(await (await fetch(`${p.url}/fast`)).text()).toBe('answered /fast');
    expect(settled).toBe(false);
    p.release();
    expect(await slow).toBe('answered /slow');
  });

  it('resets a refused request and refuses connections while down', async () => {
    const p = await setUp();
    p.rule = () => 'refuse';
    await expect(fetch(`${p.url}/x`)).rejects.toThrow();
    p.rule = () => 'pass';
    await p.goDown();
    const down = await fetch(`${p.url}/x`).catch((error: Error & { cause?: { code?: string } }) => error);
    expect((down as Error & { cause?: { code?: string } }).cause?.code).toBe('ECONNREFUSED');
    await p.comeBack();
    expect(await (await fetch(`${p.url}/back`)).text()).toBe('answered /back');
  });
});
