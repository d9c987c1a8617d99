import { constants, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

const tenth = (value: number) => Math.round(value * 10) / 10;

/**
 * What a process's own pauses add to a request's latency during a bench round: garbage collections
 * (each pause, and the major ones apart) and how late its event loop ran timers. `take()` returns
 * the figures since the last call and starts over.
 */
export function serverTimings() {
  let pauses: { kind: number; ms: number }[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as { detail?: { kind?: number } }).detail?.kind ?? 0;
      pauses.push({ kind, ms: entry.duration });
    }
  }).observe({ entryTypes: ['gc'] });
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  return {
    take() {
      const major = pauses.filter((pause) => pause.kind === constants.NODE_PERFORMANCE_GC_MAJOR);
      const figures = {
        gcPauses: pauses.length,
        gcTotalMs: tenth(pauses.reduce((sum, pause) => sum + pause.ms, 0)),
        gcMaxMs: tenth(Math.max(0, ...pauses.map((pause) => pause.ms))),
        majorGcPauses: major.length,
        eventLoopDelayP99Ms: tenth(delay.percentile(99) / 1e6),
        eventLoopDelayMaxMs: tenth(delay.max / 1e6),
      };
      pauses = [];
      delay.reset();
      return figures;
    },
  };
}
