/**
 * The local stand-in for the EventBridge rule (infra/lib/sweep-schedule.ts): runs the sweep every
 * `intervalMs`, one pass at a time (a slow pass is not overlapped by the next), without keeping the
 * process alive. A failed pass is logged by the sweep itself and tried again at the next tick.
 */
export function startSweepTimer(sweep: () => Promise<unknown>, intervalMs: number) {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sweep()
      .catch(() => undefined)
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
