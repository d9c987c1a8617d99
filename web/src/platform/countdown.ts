import { useEffect, useMemo, useState } from 'preact/hooks';

/**
 * The one countdown of a single-use code. The server says how many seconds are left (`secondsLeft`);
 * they are counted down here on the monotonic clock (`performance.now()`), so a computer or phone
 * whose clock is wrong, or is changed meanwhile, still counts right: the server's time is never
 * compared with this device's. `key` (the code's id) starts it again for a new code of the same length.
 */
export function useCountdown(secondsLeft: number | undefined, key?: unknown): number {
  const deadline = useMemo(
    () => (secondsLeft === undefined ? undefined : { key, total: secondsLeft, at: deadlineIn(secondsLeft) }),
    [secondsLeft, key],
  );
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!deadline) return;
    setNow(performance.now());
    const timer = setInterval(() => setNow(performance.now()), 1000);
    return () => clearInterval(timer);
  }, [deadline]);
  if (!deadline) return 0;
  // Starts at the full time (5:00, not 4:59 or 5:01), then ticks down to 0.
  return Math.max(0, Math.min(deadline.total, Math.ceil((deadline.at - now) / 1000)));
}

/** When, on the monotonic clock, `secondsLeft` from now is over. */
export const deadlineIn = (secondsLeft: number) => performance.now() + secondsLeft * 1000;

/** A deadline to keep across reloads (IndexedDB): this device's own clock at receipt, never the server's. */
export const localDeadlineIn = (secondsLeft: number) => Date.now() + secondsLeft * 1000;

/** Seconds left until a deadline kept by `localDeadlineIn`, ticking every second. */
export function useSecondsUntil(localDeadline: number | undefined) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!localDeadline) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [localDeadline]);
  return localDeadline ? Math.max(0, Math.ceil((localDeadline - now) / 1000)) : 0;
}

/** A `<time dateTime>` for a duration: PT29M5S. */
export const isoDuration = (seconds: number) => `PT${Math.floor(seconds / 60)}M${seconds % 60}S`;

/** 29:05 */
export const minutesSeconds = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
