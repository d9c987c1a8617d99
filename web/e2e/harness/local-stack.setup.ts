import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalStack } from '../../../functions/local/local-stack.js';
import { logWatch } from '../../../functions/local/log-secrets.js';

/**
 * The browser tests run against the real product: the built PWA and the API on one origin, over
 * the embedded dynalite, s3rver, SES and dev identity provider, all on free loopback ports.
 */
export default async function setup(project: TestProject) {
  const webDir = resolve('dist/web');
  if (!existsSync(resolve(webDir, 'index.html'))) {
    throw new Error('Build the app first (npm run build): the browser tests use dist/web.');
  }
  // Every API log line of the run, at debug level, goes to a file; when the run ends, a line holding a
  // secret or personal data seen during the run fails it (issue 14, functions/local/log-secrets.ts).
  const logs = logWatch(resolve('dist/e2e-logs/api.jsonl'));
  // Short link and upload lifetimes are not needed: tests move the clock through the API's seam instead.
  // Every browser test signs in from 127.0.0.1: the per-address allowance of anonymous sign-in starts
  // (row 43, tested in functions/src/platform/creation-limit.test.ts) is raised for the whole suite.
  const stack = await startLocalStack({
    port: 0,
    webDir,
    env: { ANONYMOUS_CREATES_PER_WINDOW: '10000', LOG_LEVEL: 'debug' },
    logSink: logs.sink,
    apiMiddleware: logs.middleware,
  });
  project.provide('stack', { origin: stack.origin, urls: stack.urls, env: stack.env });
  return async () => {
    await stack.stop();
    const checked = logs.check();
    console.log(`API logs: ${checked.lines} lines, none holds any of the run's ${checked.secrets} secrets.`);
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: {
      origin: string;
      urls: {
        app: string;
        phone: string;
        identity: string;
        mailViewer: string;
        mailStore: string;
        s3: string;
        dynamodb: string;
      };
      env: Record<string, string>;
    };
  }
}
