import { Duration } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction as LambdaTarget } from 'aws-cdk-lib/aws-events-targets';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';

/** How often the sweep runs on AWS (the local stack runs it every minute: functions/local/sweep-timer.ts). */
export const SWEEP_EVERY = Duration.minutes(5);

/**
 * The sweep of SECURITY.md rows 39 and 40 (functions/src/sweep/sweep.ts): an EventBridge scheduled
 * rule invokes the API's own Lambda with its "Scheduled Event", which lambda.ts tells apart from HTTP
 * events. No retry of a failed invocation: the next run comes soon and every step is idempotent.
 */
export function scheduleSweep(scope: Construct, api: LambdaFunction) {
  return new Rule(scope, 'Sweep', {
    description: 'Passerelle sweep: resumes uploads left in filing, retries the email outbox',
    schedule: Schedule.rate(SWEEP_EVERY),
    targets: [new LambdaTarget(api, { retryAttempts: 0, maxEventAge: Duration.minutes(5) })],
  });
}
