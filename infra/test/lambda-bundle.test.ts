import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import dynalite from 'dynalite';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureTable } from '../../functions/local/embedded-services.js';
import { freePort } from '../../functions/local/free-port.js';
import { sessionKey } from '../../functions/src/auth/session-record.js';
import { readConfig } from '../../functions/src/platform/config.js';
import { createDeps } from '../../functions/src/platform/deps.js';
import { newToken } from '../../functions/src/platform/tokens.js';
import { must } from '../../functions/test/must.js';
import { buildLambdaBundle, httpApiEvent, largest } from '../lib/build-lambda.js';

/** Configuration pointing nowhere real: these requests must not touch AWS. */
const env = {
  PATH: process.env.PATH,
  AWS_REGION: 'eu-west-1',
  ALLOWED_ORIGINS: 'https://passerelle.example.lu',
  TABLE_NAME: 'none',
  BUCKET_NAME: 'none',
  MAIL_FROM: 'no-reply@passerelle.example.lu',
  OIDC_ISSUER: 'https://login.example.lu',
  OIDC_CLIENT_ID: 'passerelle',
  OIDC_CLIENT_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:none',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

describe("the API's Lambda bundle", () => {
  let outdir: string;
  let bundle: Awaited<ReturnType<typeof buildLambdaBundle>>;

  beforeAll(async () => {
    outdir = mkdtempSync(join(tmpdir(), 'passerelle-lambda-'));
    bundle = await buildLambdaBundle(outdir);
  });

  /** Imports the built handler in a fresh Node process, as on a cold start, and answers one event. */
  function invoke(event: ReturnType<typeof httpApiEvent>) {
    const probe = join(outdir, `probe-${Math.random().toString(36).slice(2)}.mjs`);
    writeFileSync(
      probe,
      `const { handler } = await import('./index.mjs');\nconsole.log(JSON.stringify(await handler(${JSON.stringify(event)}, {})));`,
    );
    const output = execFileSync(process.execPath, [probe], { encoding: 'utf8', env });
    return JSON.parse(must(output.trim().split('\n').pop(), "the probe's answer line"));
  }

  it('builds with the stack’s esbuild settings and answers a health request through the Lambda event shape', () => {
    console.log(
      JSON.stringify({
        lambdaKB: Math.round(bundle.bytes / 1024),
        coldStartKB: Math.round(bundle.coldStartBytes / 1024),
        largestAtColdStart: largest(bundle.coldStartByPackage, 8),
      }),
    );
    const answer = invoke(httpApiEvent('GET', '/api/health'));
    expect(answer.statusCode).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ ok: true });
    expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('stays within 1 MB, and a cold start loads none of what only one route needs', () => {
    // The password estimator (zxcvbn-ts with its English, French and German dictionaries, ≈ 3 MB of
    // word lists) is data only the claim route loads, on the first password it judges: counted apart
    // from the 1 MB code budget (issue 13), and never part of a cold start.
    const estimator = Object.entries(bundle.byPackage)
      .filter(([name]) => name.startsWith('@zxcvbn-ts/'))
      .reduce((sum, [, bytes]) => sum + bytes, 0);
    expect(estimator).toBeGreaterThan(0);
    expect(bundle.bytes - estimator).toBeLessThanOrEqual(1024 * 1024);
    const atColdStart = Object.keys(bundle.coldStartByPackage);
    expect(atColdStart.filter((name) => name.startsWith('@zxcvbn-ts/'))).toEqual([]);
    // WebAuthn (and its certificate parsers), OpenID Connect, Secrets Manager, the SDK's credential
    // chain; S3, its presigners and SES (uploads, downloads and the link email only: issue 14); the
    // DynamoDB client with its HTTP handler and request signer, and the routes' command classes
    // (built on a route's first command: functions/src/lambda-dynamo-commands.ts); the metrics
    // library (loaded on the first metric).
    for (const lazy of [
      '@aws-sdk/client-dynamodb',
      '@aws-sdk/lib-dynamodb',
      '@smithy/core',
      '@aws-sdk/client-s3',
      '@aws-sdk/s3-presigned-post',
      '@aws-sdk/s3-request-presigner',
      '@aws-sdk/client-sesv2',
      '@simplewebauthn/server',
      'asn1js',
      'openid-client',
      'oauth4webapi',
      '@aws-sdk/client-secrets-manager',
      '@aws-sdk/nested-clients',
      'bowser',
      '@smithy/node-http-handler',
      '@smithy/signature-v4',
      '@aws-lambda-powertools/metrics',
    ]) {
      expect(atColdStart).not.toContain(lazy);
    }
    expect(Object.keys(bundle.byPackage)).toContain('@simplewebauthn/server');
  });

  it('builds the routes’ DynamoDB commands on the first one sent: reads, a batch read and a write reach the table', async () => {
    // The bundle's record modules only keep each command's input (functions/src/lambda-dynamo-commands.ts).
    const port = await freePort();
    const server = dynalite({ createTableMs: 0 }) as Server;
    await new Promise<void>((listening) => server.listen(port, '127.0.0.1', listening));
    try {
      const tableEnv = { ...env, TABLE_NAME: 'bundle', DYNAMODB_ENDPOINT: `http://127.0.0.1:${port}` };
      await ensureTable(tableEnv.DYNAMODB_ENDPOINT, tableEnv.TABLE_NAME);
      const { db } = createDeps(readConfig({ ...tableEnv, OIDC_CLIENT_SECRET: 'none' }));
      const token = newToken();
      const now = Math.floor(Date.now() / 1000);
      const profile = { name: 'Marie Schmit', email: 'marie@example.lu', espaces: [] };
      await db.send(
        new PutCommand({
          TableName: tableEnv.TABLE_NAME,
          Item: {
            ...sessionKey(token),
            kind: 'citizen',
            citizenId: 'citizen-marie-schmit',
            authTime: now,
            createdAt: now - 120,
            // Seen two minutes ago: this answer slides the idle expiry, one UpdateItem.
            lastSeenAt: now - 120,
            expiresAt: now + 600,
            absoluteExpiresAt: now + 3600,
            profile,
          },
        }),
      );
      const invokeWithTable = async (event: ReturnType<typeof httpApiEvent>) => {
        const probe = join(outdir, `probe-${Math.random().toString(36).slice(2)}.mjs`);
        writeFileSync(
          probe,
          `const { handler } = await import('./index.mjs');\nconsole.log(JSON.stringify(await handler(${JSON.stringify(event)}, {})));`,
        );
        // Asynchronously: dynalite answers from this process meanwhile.
        const { stdout } = await promisify(execFile)(process.execPath, [probe], {
          encoding: 'utf8',
          env: tableEnv,
        });
        return JSON.parse(must(stdout.trim().split('\n').pop(), "the probe's answer line"));
      };
      const withCookie = (path: string) => ({
        ...httpApiEvent('GET', path),
        cookies: [`__Host-passerelle_session=${token}`],
      });
      const me = await invokeWithTable(withCookie('/api/auth/me'));
      expect(me.statusCode).toBe(200);
      expect(JSON.parse(me.body)).toMatchObject({
        signedIn: true,
        citizen: { citizenId: 'citizen-marie-schmit', ...profile },
      });
      const { Item } = await db.send(
        new GetCommand({ TableName: tableEnv.TABLE_NAME, Key: sessionKey(token) }),
      );
      expect(Item?.lastSeenAt).toBeGreaterThanOrEqual(now);
      // A status poll: the session and the code in one BatchGetItem; no such code, so 404.
      const poll = await invokeWithTable(withCookie(`/api/link-codes/${'0'.repeat(64)}`));
      expect([poll.statusCode, JSON.parse(poll.body).error.code]).toEqual([404, 'link_code_unknown']);
    } finally {
      await new Promise((closed) => server.close(closed));
    }
  });

  it('answers a cross-site POST with 403 through the same event shape', () => {
    const answer = invoke(
      httpApiEvent('POST', '/api/auth/sign-out', {
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
      }),
    );
    expect(answer.statusCode).toBe(403);
    expect(JSON.parse(answer.body).error.code).toBe('cross_site_request');
  });
});
