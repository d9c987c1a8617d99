import { expose } from 'comlink';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { workerBridge } from './worker-bridge.js';

/**
 * A real Comlink pair over a MessageChannel (Node has one): the "worker" is the exposed object on
 * one port, the bridge talks to the other. `terminate` closes both ports, as ending a worker does.
 */
function fakeWorkers() {
  const started: { terminated: boolean }[] = [];
  const start = () => {
    const { port1, port2 } = new MessageChannel();
    const record = { terminated: false };
    started.push(record);
    expose(
      {
        double: (value: number) => value * 2,
        // A computation that never ends: only terminating the worker stops it.
        stuck: () => new Promise<number>(() => undefined),
        fail: () => {
          throw new Error('bad page');
        },
      },
      port1,
    );
    return Object.assign(port2, {
      terminate() {
        record.terminated = true;
        port1.close();
        port2.close();
      },
    });
  };
  return { start, started };
}

type Api = { double(value: number): number; stuck(): Promise<number>; fail(): never };

afterEach(() => {
  vi.useRealTimers();
});

describe('workerBridge', () => {
  it('calls the worker as a typed function and reuses it', async () => {
    const { start, started } = fakeWorkers();
    const bridge = workerBridge<Api>(start);
    expect(await bridge.call((worker) => worker.double(21))).toBe(42);
    expect(await bridge.call((worker) => worker.double(2))).toBe(4);
    expect(started).toHaveLength(1);
    bridge.close();
    expect(started[0]!.terminated).toBe(true);
  });

  it("passes the worker's errors on to the caller", async () => {
    const { start } = fakeWorkers();
    const bridge = workerBridge<Api>(start);
    await expect(bridge.call((worker) => worker.fail())).rejects.toThrow('bad page');
    expect(await bridge.call((worker) => worker.double(1))).toBe(2);
    bridge.close();
  });

  it('ends an aborted call with an AbortError and replaces the stuck worker', async () => {
    const { start, started } = fakeWorkers();
    const bridge = workerBridge<Api>(start);
    const controller = new AbortController();
    const stuck = bridge.call((worker) => worker.stuck(), controller.signal);
    controller.abort();
    await expect(stuck).rejects.toMatchObject({ name: 'AbortError' });
    expect(started[0]!.terminated).toBe(true);
    expect(await bridge.call((worker) => worker.double(5))).toBe(10);
    expect(started).toHaveLength(2);
    bridge.close();
  });

  it('refuses a call whose signal is already aborted, without starting a worker', async () => {
    const { start, started } = fakeWorkers();
    const bridge = workerBridge<Api>(start);
    await expect(bridge.call((worker) => worker.double(1), AbortSignal.abort())).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(started).toHaveLength(0);
  });

  it('closes the worker once idle and starts a new one for the next call', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { start, started } = fakeWorkers();
    const bridge = workerBridge<Api>(start, { idleMs: 5_000 });
    await bridge.call((worker) => worker.double(1));
    vi.advanceTimersByTime(4_999);
    expect(started[0]!.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    expect(started[0]!.terminated).toBe(true);
    expect(await bridge.call((worker) => worker.double(3))).toBe(6);
    expect(started).toHaveLength(2);
    bridge.close();
  });

  it('does not close a worker while a call is in flight', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { start, started } = fakeWorkers();
    const bridge = workerBridge<Api>(start, { idleMs: 5_000 });
    await bridge.call((worker) => worker.double(1));
    const stuck = bridge.call((worker) => worker.stuck());
    vi.advanceTimersByTime(60_000);
    expect(started[0]!.terminated).toBe(false);
    bridge.close();
    await expect(stuck).rejects.toMatchObject({ name: 'AbortError' });
  });
});
