import { type FilingSweep, sweepFiling } from '../add-document/filing.js';
import { type OutboxSweep, sweepOutbox } from '../outbox/outbox.js';
import type { Deps } from '../platform/deps.js';

export interface SweepResult {
  filing: FilingSweep;
  outbox: OutboxSweep;
}

/**
 * What nobody's request will finish: codes left in `filing` whose phone never came back (SECURITY.md
 * row 39), and emails SES did not take yet (row 40). Run every few minutes (locally a timer in the local stack; on AWS an EventBridge rule
 * invoking the API's Lambda: infra/lib/sweep-schedule.ts). Each part is safe to run concurrently
 * with requests and with another sweep: every step takes a lease or a conditional write first.
 */
export async function runSweep(deps: Deps): Promise<SweepResult> {
  // Each part on its own: a failing table read for one leaves the other to run.
  const filing = await sweepFiling(deps).catch((error: Error) => {
    deps.log.warn('sweep: codes in filing not read', { error: error.name });
    return { filed: 0, released: 0, waiting: 0, failed: 1 };
  });
  const outbox = await sweepOutbox(deps).catch((error: Error) => {
    deps.log.warn('sweep: outbox not read', { error: error.name });
    return { sent: 0, retried: 0, givenUp: 0, depth: 0 };
  });
  deps.log.info('sweep', { filing, outbox });
  return { filing, outbox };
}
