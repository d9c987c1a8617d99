import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { jsonOrUndefined } from '../../shared/json.js';
import { DEV_CLIENT } from '../local/dev-client.js';
import { ensureTable } from '../local/embedded-services.js';
import { seedDemoData } from '../local/seed.js';
import { createApp } from '../src/app.js';
import { citizenLifetime } from '../src/auth/citizen-session.js';
import { createSession } from '../src/auth/sessions.js';
import { manualClock } from '../src/platform/clock.js';
import { readConfig } from '../src/platform/config.js';
import { createDeps, type Deps } from '../src/platform/deps.js';
import { createLogger } from '../src/platform/logger.js';
import { TEST_BUCKET, TEST_ORIGIN } from './test-constants.js';

export interface RequestOptions {
  body?: unknown;
  cookie?: string;
  headers?: Record<string, string>;
  /** Leave out the browser's same-origin headers, as a cross-site attacker's page would. */
  crossSite?: boolean;
  /** The caller's network address, as the socket (locally) would give it. */
  address?: string;
}

/**
 * The Hono app, called in-process, on a fresh table of the embedded dynalite and the shared
 * s3rver bucket, with the demo data seeded and a clock the test can move.
 */
export async function testApp(env: Record<string, string> = {}) {
  const endpoints = inject('embedded');
  const tableName = `test-${randomUUID()}`;
  await ensureTable(endpoints.dynamodb, tableName);
  const clock = manualClock();
  const config = readConfig({
    ALLOWED_ORIGINS: TEST_ORIGIN,
    TABLE_NAME: tableName,
    BUCKET_NAME: TEST_BUCKET,
    DYNAMODB_ENDPOINT: endpoints.dynamodb,
    S3_ENDPOINT: endpoints.s3,
    S3_FORCE_PATH_STYLE: 'true',
    SES_ENDPOINT: endpoints.ses,
    SES_REGION: 'aws-ses-v2-local',
    MAIL_FROM: 'Passerelle <no-reply@passerelle.test>',
    OIDC_ISSUER: endpoints.issuer,
    OIDC_CLIENT_ID: DEV_CLIENT.id,
    OIDC_CLIENT_SECRET: DEV_CLIENT.secret,
    // The embedded servers share two cores with every other test: slow is not down here. Tests of
    // timeouts (platform/unavailable.test.ts) set short ones.
    AWS_CONNECT_TIMEOUT_MS: '5000',
    AWS_REQUEST_TIMEOUT_MS: '20000',
    ...env,
  });
  // The API's log lines, kept for the test to read rather than printed (errors are printed too).
  const logs: Record<string, unknown>[] = [];
  const log = createLogger(config.LOG_LEVEL, (line) => {
    const entry = JSON.parse(line) as Record<string, unknown>;
    logs.push(entry);
    if (entry.level === 'ERROR') console.error(line);
  });
  const deps: Deps = createDeps(config, { clock, log });
  await seedDemoData(deps);
  const app = createApp(deps);

  async function call(method: string, path: string, options: RequestOptions = {}) {
    const headers: Record<string, string> = { ...options.headers };
    if (!options.crossSite && method !== 'GET') {
      headers.origin ??= TEST_ORIGIN;
      headers['sec-fetch-site'] ??= 'same-origin';
    }
    if (options.cookie) headers.cookie = options.cookie;
    let body: string | undefined;
    if (options.body !== undefined) {
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    // What @hono/node-server hands the app: the socket, whose address no header can change.
    const env = { incoming: { socket: { remoteAddress: options.address ?? '127.0.0.1' } } };
    const response = await app.request(`${TEST_ORIGIN}${path}`, { method, headers, body }, env);
    const text = await response.text();
    // biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON the API answered.
    const json: any = jsonOrUndefined(text);
    return { status: response.status, headers: response.headers, json, text };
  }

  /** A desktop session for a test citizen, made directly (the sign-in dance has its own test). */
  async function signedIn(citizenId = 'citizen-marie-schmit', authTime = Math.floor(clock.now() / 1000)) {
    const { token } = await createSession(
      deps,
      { kind: 'citizen', citizenId, authTime },
      citizenLifetime(deps),
    );
    return `passerelle_session=${token}`;
  }

  return { app, deps, clock, endpoints, call, signedIn, logs, origin: TEST_ORIGIN };
}

export type TestApp = Awaited<ReturnType<typeof testApp>>;

/** Emails the local SES has received for an address, newest last. */
export async function mailsTo(address: string) {
  const { ses } = inject('embedded');
  const store = (await (await fetch(`${ses}/store`)).json()) as {
    emails: {
      destination: { to: string[] };
      subject: string;
      body: { html?: string; text?: string };
      at: number;
    }[];
  };
  return store.emails.filter((email) => email.destination.to.some((to) => to.includes(address)));
}
