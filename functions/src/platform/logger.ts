import { createHash } from 'node:crypto';
import { Logger, type LogItem } from '@aws-lambda-powertools/logger';
import type { Config } from './config.js';

/** Where log lines go besides stdout: tests and the e2e log check read them (`null`: stdout only). */
export type LogSink = (line: string) => void;

const levels = { debug: 'DEBUG', info: 'INFO', warn: 'WARN', error: 'ERROR', silent: 'SILENT' } as const;

/**
 * Powertools' Logger: one JSON object a line (timestamp, level, service, message, then the keys
 * given), at `LOG_LEVEL`; pretty-printed when POWERTOOLS_DEV is set (`npm start` sets it on a
 * terminal). With a sink, the lines go to the sink instead of stdout.
 *
 * What may be logged: ids hashed with `hashId`, routes (patterns, never the path with its codes),
 * statuses, timings, error codes. Never a token, password, name, email, cookie or request body.
 */
class PasserelleLogger extends Logger {
  constructor(
    level: Config['LOG_LEVEL'],
    private readonly sink?: LogSink,
  ) {
    super({ serviceName: 'passerelle', logLevel: levels[level] });
  }

  protected override printLog(logLevel: number, log: LogItem): void {
    if (this.sink) this.sink(JSON.stringify(log.getAttributes()));
    else super.printLog(logLevel, log);
  }
}

export type AppLogger = Logger;

export function createLogger(level: Config['LOG_LEVEL'], sink?: LogSink): AppLogger {
  return new PasserelleLogger(level, sink);
}

/**
 * A citizen or device id as logs carry it: enough to follow one person's requests, not to read who.
 * Salted so that a citizen id from the identity provider cannot be matched against a plain hash.
 */
export function hashId(id: string | undefined): string | undefined {
  if (!id) return undefined;
  return createHash('sha256').update(`passerelle-log-v1:${id}`).digest('base64url').slice(0, 16);
}
