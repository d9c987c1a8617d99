import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { AppLogger } from './logger.js';

/** The metrics an operator watches (CloudWatch namespace `Passerelle`; alarms in infra/lib/observability.ts). */
export type MetricName =
  | 'DeviceLinked'
  | 'DocumentFiled'
  | 'UploadRefused'
  | 'CheckerTime'
  | 'EmailOutboxDepth'
  | 'EmailGivenUp'
  | 'ServerError';

export const METRICS_NAMESPACE = 'Passerelle';

const units: Record<MetricName, (typeof MetricUnit)[keyof typeof MetricUnit]> = {
  DeviceLinked: MetricUnit.Count,
  DocumentFiled: MetricUnit.Count,
  UploadRefused: MetricUnit.Count,
  CheckerTime: MetricUnit.Milliseconds,
  EmailOutboxDepth: MetricUnit.Count,
  EmailGivenUp: MetricUnit.Count,
  ServerError: MetricUnit.Count,
};

export interface AppMetrics {
  record(name: MetricName, value?: number, dimensions?: Record<string, string>): void;
}

/**
 * On Lambda, Powertools' Metrics writes each metric at once as an Embedded Metric Format line (no
 * buffer shared between concurrent requests); CloudWatch turns those lines into metrics. Everywhere
 * the same metric is also a debug log line, so `LOG_LEVEL=debug npm start` shows them.
 */
export function createMetrics(
  logger: AppLogger,
  onLambda = Boolean(process.env.AWS_LAMBDA_FUNCTION_NAME),
): AppMetrics {
  const metrics = onLambda ? new Metrics({ namespace: METRICS_NAMESPACE, serviceName: 'api' }) : undefined;
  return {
    record(name, value = 1, dimensions = {}) {
      logger.debug('metric', { metric: name, value, ...dimensions });
      if (!metrics) return;
      const single = metrics.singleMetric();
      for (const [key, dimension] of Object.entries(dimensions)) single.addDimension(key, dimension);
      single.addMetric(name, units[name], value);
    },
  };
}
