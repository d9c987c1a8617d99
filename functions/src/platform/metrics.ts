import type { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
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

// Powertools' MetricUnit values, written out: the library itself is loaded on first use.
const units: Record<MetricName, (typeof MetricUnit)[keyof typeof MetricUnit]> = {
  DeviceLinked: 'Count',
  DocumentFiled: 'Count',
  UploadRefused: 'Count',
  CheckerTime: 'Milliseconds',
  EmailOutboxDepth: 'Count',
  EmailGivenUp: 'Count',
  ServerError: 'Count',
};

export interface AppMetrics {
  record(name: MetricName, value?: number, dimensions?: Record<string, string>): void;
  /** Resolves once every metric recorded so far is written (awaited before a request's answer). */
  written(): Promise<void>;
}

/**
 * On Lambda, Powertools' Metrics writes each metric at once as an Embedded Metric Format line (no
 * buffer shared between concurrent requests); CloudWatch turns those lines into metrics. The library
 * is loaded on the first metric, not at cold start (most requests record none: issue 14), so lines
 * are written in order once it is there; `written()` lets the request log wait for them before the
 * Lambda answers (and may be frozen). Everywhere the same metric is also a debug log line, so
 * `LOG_LEVEL=debug npm start` shows them.
 */
export function createMetrics(
  logger: AppLogger,
  onLambda = Boolean(process.env.AWS_LAMBDA_FUNCTION_NAME),
): AppMetrics {
  let library: Promise<Metrics> | undefined;
  let queue = Promise.resolve();
  return {
    record(name, value = 1, dimensions = {}) {
      logger.debug('metric', { metric: name, value, ...dimensions });
      if (!onLambda) return;
      library ??= import('@aws-lambda-powertools/metrics').then(
        ({ Metrics }) => new Metrics({ namespace: METRICS_NAMESPACE, serviceName: 'api' }),
      );
      const loaded = library;
      queue = queue
        .then(async () => {
          const single = (await loaded).singleMetric();
          for (const [key, dimension] of Object.entries(dimensions)) single.addDimension(key, dimension);
          single.addMetric(name, units[name], value);
        })
        .catch((error: unknown) => {
          // A metric never fails a request; the operator sees why it is missing.
          library = undefined;
          logger.warn('metric not written', { metric: name, error: String(error) });
        });
    },
    written: () => queue,
  };
}
