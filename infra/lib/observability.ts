import { Duration } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  MathExpression,
  Metric,
  SingleValueWidget,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

/** The namespace and `service` dimension the API's Powertools Metrics write (functions/src/platform/metrics.ts). */
const NAMESPACE = 'Passerelle';
const SERVICE = { service: 'api' };
const FIVE_MINUTES = Duration.minutes(5);

const metric = (metricName: string, statistic: string, dimensionsMap: Record<string, string> = SERVICE) =>
  new Metric({ namespace: NAMESPACE, metricName, statistic, period: FIVE_MINUTES, dimensionsMap });

/** Every value of one dimension of a metric, summed per value (CloudWatch search, dashboards only). */
const byDimension = (metricName: string, dimension: string, statistic: string, label: string) =>
  new MathExpression({
    expression: `SEARCH('{${NAMESPACE},service,${dimension}} MetricName="${metricName}"', '${statistic}', 300)`,
    label,
    period: FIVE_MINUTES,
  });

/**
 * What an operator watches: alarms on the API's own metrics (5xx, outbox depth, slow checks), to the
 * stack's alarm topic, and one dashboard — requests and errors, devices linked, documents filed and
 * refused by reason, checker time, the email outbox — for `Passerelle-<stage>`.
 */
export class Observability extends Construct {
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: { api: LambdaFunction; topic: ITopic; stage: string }) {
    super(scope, id);
    const { api, topic } = props;
    const alarm = (name: string, description: string, m: Metric, threshold: number) => {
      const created = new Alarm(this, name, {
        alarmDescription: description,
        metric: m,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      created.addAlarmAction(new SnsAction(topic));
      return created;
    };
    alarm(
      'ServerErrors',
      'The API answered 5xx (ServerError metric) in the last 5 minutes.',
      metric('ServerError', 'Sum'),
      1,
    );
    alarm(
      'OutboxDepth',
      'At least 20 emails waited in the outbox (EmailOutboxDepth): SES may be refusing or throttling.',
      metric('EmailOutboxDepth', 'Maximum'),
      20,
    );
    alarm(
      'EmailsGivenUp',
      'An email was given up after all its tries (EmailGivenUp): a citizen did not get a confirmation. See the "email given up" log lines.',
      metric('EmailGivenUp', 'Sum'),
      1,
    );
    alarm(
      'SlowChecks',
      'Checking uploaded documents took 10 s or more (CheckerTime p99, PDFs).',
      metric('CheckerTime', 'p99', { ...SERVICE, kind: 'pdf' }),
      10_000,
    );

    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: `Passerelle-${props.stage}`,
      defaultInterval: Duration.hours(6),
    });
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'API requests and errors',
        left: [api.metricInvocations({ period: FIVE_MINUTES })],
        right: [metric('ServerError', 'Sum'), api.metricErrors({ period: FIVE_MINUTES })],
        width: 12,
      }),
      new GraphWidget({
        title: 'API duration (p50, p99)',
        left: [
          api.metricDuration({ period: FIVE_MINUTES, statistic: 'p50' }),
          api.metricDuration({ period: FIVE_MINUTES, statistic: 'p99' }),
        ],
        width: 12,
      }),
      new GraphWidget({
        title: 'Devices linked, documents filed',
        left: [metric('DeviceLinked', 'Sum'), byDimension('DocumentFiled', 'source', 'Sum', 'Filed')],
        width: 8,
      }),
      new GraphWidget({
        title: 'Uploads refused, by reason',
        left: [byDimension('UploadRefused', 'reason', 'Sum', 'Refused')],
        width: 8,
      }),
      new GraphWidget({
        title: 'Checker time (p99, ms)',
        left: [byDimension('CheckerTime', 'kind', 'p99', 'Checker p99')],
        width: 8,
      }),
      new SingleValueWidget({
        title: 'Email outbox depth (max)',
        metrics: [metric('EmailOutboxDepth', 'Maximum'), metric('EmailGivenUp', 'Sum')],
        width: 6,
      }),
    );
  }
}
