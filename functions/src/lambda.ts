import { handle } from 'hono/aws-lambda';
import { createApp } from './app.js';
import { useCheckWorker } from './documents/check-in-worker.js';
import { readConfig } from './platform/config.js';
import { createDeps } from './platform/deps.js';

// The document checker's thread is the bundle's second entry point, next to this one.
useCheckWorker(new URL('./check-worker.mjs', import.meta.url));

const deps = createDeps(readConfig());
const http = handle(createApp(deps));

/** What EventBridge's scheduled rule sends (infra/lib/sweep-schedule.ts); no HTTP event looks like it. */
const isScheduledSweep = (event: unknown) =>
  (event as { source?: unknown }).source === 'aws.events' &&
  (event as { 'detail-type'?: unknown })['detail-type'] === 'Scheduled Event';

/**
 * AWS entry point: the same app as `npm start`, configured from the Lambda's environment; and, every
 * few minutes, the sweep (codes left in filing, the email outbox), loaded only then.
 */
export const handler = async (event: Parameters<typeof http>[0], context: Parameters<typeof http>[1]) => {
  if (isScheduledSweep(event)) {
    const result = await (await import('./sweep/sweep.js')).runSweep(deps);
    await deps.metrics.written();
    return result;
  }
  return http(event, context);
};
