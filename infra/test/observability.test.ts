import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { must } from '../../functions/test/must.js';
import { synthesize } from './synth.js';

describe('what an operator watches', () => {
  let template: ReturnType<typeof synthesize>['template'];
  beforeAll(() => {
    template = synthesize('dev').template;
  });

  it.each([
    ['ServerError', 'Sum', 1],
    ['EmailOutboxDepth', 'Maximum', 20],
    ['EmailGivenUp', 'Sum', 1],
  ])('alarms on the API metric %s (%s ≥ %d) to the alarm topic', (metricName, statistic, threshold) => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'Passerelle',
      MetricName: metricName,
      Statistic: statistic,
      Threshold: threshold,
      Dimensions: Match.arrayWith([{ Name: 'service', Value: 'api' }]),
      AlarmActions: [Match.objectLike({ Ref: Match.stringLikeRegexp('Alarms') })],
    });
  });

  it('alarms when checking PDFs gets slow (CheckerTime p99)', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'Passerelle',
      MetricName: 'CheckerTime',
      ExtendedStatistic: 'p99',
      Threshold: 10_000,
    });
  });

  it('has one dashboard with requests, links, filed and refused documents, checker time and the outbox', () => {
    const dashboards = template.findResources('AWS::CloudWatch::Dashboard');
    expect(Object.keys(dashboards)).toHaveLength(1);
    const body = JSON.stringify(must(Object.values(dashboards)[0], 'the dashboard').Properties.DashboardBody);
    for (const shown of [
      'Invocations',
      'ServerError',
      'DeviceLinked',
      'DocumentFiled',
      'UploadRefused',
      'reason',
      'CheckerTime',
      'EmailOutboxDepth',
      'EmailGivenUp',
    ]) {
      expect(body).toContain(shown);
    }
    template.hasResourceProperties('AWS::CloudWatch::Dashboard', { DashboardName: 'Passerelle-dev' });
  });

  it('sets LOG_LEVEL for the API', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ LOG_LEVEL: 'info' }) },
    });
  });
});
