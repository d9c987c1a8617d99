import { afterEach, describe, expect, it, vi } from 'vitest';
import { must } from '../test/must.js';
import { startSweepTimer } from './sweep-timer.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('the local sweep timer', () => {
  it('runs the sweep at each interval, never two passes at once, and survives a failed pass', async () => {
    vi.useFakeTimers();
    const ends: (() => void)[] = [];
    let calls = 0;
    const timer = startSweepTimer(() => {
      calls++;
      if (calls === 2) return Promise.reject(new Error('table unreachable'));
      return new Promise<void>((resolve) => ends.push(resolve));
    }, 60_000);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toBe(1);
    // The first pass is still running: the next tick skips.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toBe(1);
    must(ends.shift(), 'the first pass, still running')();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toBe(2);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toBe(3);
    timer.stop();
    must(ends.shift(), 'the third pass, still running')();
    await vi.advanceTimersByTimeAsync(180_000);
    expect(calls).toBe(3);
  });
});
