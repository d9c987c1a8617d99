import { type FilingSweep, sweepFiling } from '../add-document/filing.js';
import type { Deps } from '../platform/deps.js';

export interface SweepResult {
  filing: FilingSweep;
}

/**
 * What nobody's request will finish (SECURITY.md row 39): codes left in `filing` whose phone never
 * came back. Run every few minutes (locally a timer in the local stack; on AWS an EventBridge rule
 * invoking the API's Lambda: infra/lib/sweep-schedule.ts). Each part is safe to run concurrently
 * with requests and with another sweep: every step takes a lease or a conditional write first.
 */
export async function runSweep(deps: Deps): Promise<SweepResult> {
  const filing = await sweepFiling(deps);
  deps.log.info('sweep', { filing });
  return { filing };
}
