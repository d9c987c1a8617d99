import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono, type MiddlewareHandler } from 'hono';
import { createApp } from '../src/app.js';
import { readConfig } from '../src/platform/config.js';
import { createDeps, type Deps, LOCAL_CREDENTIALS } from '../src/platform/deps.js';
import { createLogger, type LogSink } from '../src/platform/logger.js';
import { DEV_CLIENT } from './dev-client.js';
import { startDevIdentity } from './dev-identity.js';
import { ensureTable, startEmbeddedServices } from './embedded-services.js';
import { freePort } from './free-port.js';
import { seedDemoData } from './seed.js';
import { startSite } from './site-server.js';
import { startSweepTimer } from './sweep-timer.js';

export interface LocalStackOptions {
  /** The site's port (PORT, 5173 by default); 0 picks free ports for everything (tests). */
  port: number;
  /** Persistent data folder (.data); a throwaway one when absent. */
  dataDir?: string;
  /** Built PWA to serve; absent for `npm run dev`, where Vite serves it. */
  webDir?: string;
  /** Origins the site is opened on (http://localhost:<port> is always one). */
  extraOrigins?: string[];
  /** LAN mode (see lan.ts): https on the computer's .local name, reachable from a phone. */
  lan?: { host: string; tls: { key: string; cert: string } };
  seed?: boolean;
  /** Extra environment for the API config (tests shorten lifetimes, for instance). */
  env?: Record<string, string>;
  /** How often the sweep runs (SECURITY.md rows 39, 40): every minute unless told. */
  sweepIntervalMs?: number;
  /** Where the API's log lines go instead of stdout, and a middleware in front of the API (log-secrets.ts). */
  logSink?: LogSink;
  apiMiddleware?: MiddlewareHandler;
}

/** The whole product on one machine: the embedded default of DESIGN.md. */
export async function startLocalStack(options: LocalStackOptions) {
  const pick = async (offset: number) => (options.port === 0 ? freePort() : options.port + offset);
  const sitePort = options.port === 0 ? await freePort() : options.port;
  const ports = { identity: await pick(1), ses: await pick(2), s3: await pick(3), dynamodb: await pick(4) };
  const lan = options.lan;
  const origin = lan ? `https://${lan.host}:${sitePort}` : `http://localhost:${sitePort}`;
  const origins = [
    origin,
    ...(lan ? [`https://localhost:${sitePort}`] : []),
    ...(options.extraOrigins ?? []),
  ];
  const dataDir = options.dataDir;
  const s3Dir = dataDir ? join(dataDir, 's3') : mkdtempSync(join(tmpdir(), 'passerelle-s3-'));

  const bucketName = 'passerelle-documents';
  const tableName = 'passerelle';
  const services = await startEmbeddedServices({
    dataDir,
    s3Dir,
    ports: { dynamodb: ports.dynamodb, s3: ports.s3, ses: ports.ses },
    bucketName,
    corsOrigins: origins,
  });
  await ensureTable(services.endpoints.dynamodb, tableName);
  const identity = await startDevIdentity({
    port: ports.identity,
    clientId: DEV_CLIENT.id,
    clientSecret: DEV_CLIENT.secret,
    redirectUris: origins.map((candidate) => `${candidate}/api/auth/callback`),
  });

  const env = {
    ALLOWED_ORIGINS: origins.join(','),
    AWS_REGION: 'eu-west-1',
    TABLE_NAME: tableName,
    BUCKET_NAME: bucketName,
    DYNAMODB_ENDPOINT: services.endpoints.dynamodb,
    S3_ENDPOINT: services.endpoints.s3,
    S3_FORCE_PATH_STYLE: 'true',
    ...(lan ? { S3_PUBLIC_ENDPOINT: `${origin}/storage` } : {}),
    SES_ENDPOINT: services.endpoints.ses,
    SES_REGION: 'aws-ses-v2-local',
    MAIL_FROM: 'Passerelle <no-reply@passerelle.localhost>',
    OIDC_ISSUER: identity.issuer,
    OIDC_CLIENT_ID: DEV_CLIENT.id,
    OIDC_CLIENT_SECRET: DEV_CLIENT.secret,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    ...options.env,
  };
  const config = readConfig(env);
  const deps: Deps = createDeps(
    config,
    options.logSink ? { log: createLogger(config.LOG_LEVEL, options.logSink) } : {},
  );
  if (options.seed !== false) await seedDemoData(deps);
  const site = await startSite({
    api: options.apiMiddleware
      ? new Hono().use(options.apiMiddleware).route('/', createApp(deps))
      : createApp(deps),
    webDir: options.webDir,
    uploadOrigin: lan ? origin : new URL(services.endpoints.s3).origin,
    port: sitePort,
    ...(lan
      ? {
          host: '0.0.0.0',
          tls: lan.tls,
          storageProxy: {
            target: services.endpoints.s3,
            bucket: bucketName,
            region: env.AWS_REGION,
            credentials: LOCAL_CREDENTIALS,
          },
        }
      : {}),
  });

  // What EventBridge does on AWS: resume codes left in filing, retry the email outbox.
  const sweep = startSweepTimer(
    async () => (await import('../src/sweep/sweep.js')).runSweep(deps),
    options.sweepIntervalMs ?? 60_000,
  );

  return {
    origin,
    env,
    deps,
    urls: {
      app: origin,
      phone: `${origin}/app`,
      identity: identity.issuer,
      mailViewer: services.endpoints.mailViewer,
      mailStore: `${services.endpoints.ses}/store`,
      s3: services.endpoints.s3,
      dynamodb: services.endpoints.dynamodb,
    },
    async stop() {
      sweep.stop();
      await site.stop();
      await identity.stop();
      await services.stop();
    },
  };
}

export type LocalStack = Awaited<ReturnType<typeof startLocalStack>>;
