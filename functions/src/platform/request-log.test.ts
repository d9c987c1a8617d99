import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteApp } from '../../local/site-server.js';
import { must } from '../../test/must.js';
import { testApp } from '../../test/test-app.js';
import { TEST_ORIGIN } from '../../test/test-constants.js';
import { createApp } from '../app.js';
import { readConfig } from './config.js';
import { createDeps } from './deps.js';
import { createLogger, hashId } from './logger.js';

describe('the request log', () => {
  it('logs the route pattern, status, latency and hashed citizen id of each request, never the code or the cookie', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const { json } = await t.call('POST', '/api/link-codes', { cookie });
    const status = await t.call('GET', `/api/link-codes/${json.codeId}`, { cookie });
    expect(status.status).toBe(200);
    const line = t.logs.find((entry) => entry.route === 'GET /api/link-codes/:codeId');
    expect(line).toMatchObject({
      level: 'INFO',
      message: 'request',
      service: 'passerelle',
      status: 200,
      citizen: hashId('citizen-marie-schmit'),
    });
    expect(typeof line?.latencyMs).toBe('number');
    expect(line?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const all = JSON.stringify(t.logs);
    expect(all).not.toContain('citizen-marie-schmit');
    expect(all).not.toContain(json.codeId);
    expect(all).not.toContain(json.token ?? 'no token in the answer');
    expect(all).not.toContain(must(cookie.split('=')[1], "the session cookie's value"));
  });

  it('logs a refusal with its error code, and honours LOG_LEVEL', async () => {
    const quiet = await testApp({ LOG_LEVEL: 'warn' });
    await quiet.call('GET', '/api/auth/me', { cookie: await quiet.signedIn() });
    expect(quiet.logs).toEqual([]);

    const t = await testApp({ LOG_LEVEL: 'debug' });
    const refused = await t.call('GET', '/api/procedures/not-a-uuid/upload-codes/x', {
      cookie: await t.signedIn(),
    });
    expect(refused.status).toBe(400);
    expect(t.logs.find((entry) => entry.message === 'request')).toMatchObject({
      status: 400,
      code: 'invalid_request',
      route: 'GET /api/procedures/:procedureId/upload-codes/:codeId',
    });
  });

  it('logs a 5xx at error level with the error and counts it (DynamoDB unreachable: 503, SECURITY.md row 38)', async () => {
    const config = readConfig({
      ALLOWED_ORIGINS: TEST_ORIGIN,
      TABLE_NAME: 'none',
      BUCKET_NAME: 'none',
      // Nothing listens on the discard port: every call is refused at once.
      DYNAMODB_ENDPOINT: 'http://127.0.0.1:9',
      MAIL_FROM: 'no-reply@passerelle.test',
      OIDC_ISSUER: 'http://127.0.0.1:9',
      OIDC_CLIENT_ID: 'test',
      OIDC_CLIENT_SECRET: 'test',
      LOG_LEVEL: 'debug',
    });
    const lines: Record<string, unknown>[] = [];
    const log = createLogger(config.LOG_LEVEL, (line) => lines.push(JSON.parse(line)));
    const app = createApp(createDeps(config, { log }));
    const answer = await app.request(`${TEST_ORIGIN}/api/auth/me`, {
      headers: { cookie: 'passerelle_session=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG' },
    });
    expect(answer.status).toBe(503);
    expect(lines.find((entry) => entry.message === 'request failed')).toMatchObject({
      level: 'ERROR',
      route: 'GET /api/auth/me',
      status: 503,
      error: expect.objectContaining({ name: expect.any(String) }),
    });
    expect(lines.find((entry) => entry.message === 'metric')).toMatchObject({
      metric: 'ServerError',
      value: 1,
    });
    expect(JSON.stringify(lines)).not.toContain('abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG');
  });

  it('logs the API route, not the site’s SPA fallback, when the API is mounted in the local site', async () => {
    const config = readConfig({
      ALLOWED_ORIGINS: TEST_ORIGIN,
      TABLE_NAME: 'none',
      BUCKET_NAME: 'none',
      MAIL_FROM: 'no-reply@passerelle.test',
      OIDC_ISSUER: 'http://127.0.0.1:9',
      OIDC_CLIENT_ID: 'test',
      OIDC_CLIENT_SECRET: 'test',
    });
    const lines: Record<string, unknown>[] = [];
    const log = createLogger(config.LOG_LEVEL, (line) => lines.push(JSON.parse(line)));
    const webDir = mkdtempSync(join(tmpdir(), 'passerelle-site-'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Passerelle</title>');
    const site = siteApp({ api: createApp(createDeps(config, { log })), webDir, uploadOrigin: TEST_ORIGIN });
    expect((await site.request(`${TEST_ORIGIN}/api/health`)).status).toBe(200);
    expect((await site.request(`${TEST_ORIGIN}/api/nothing-here`)).status).toBe(404);
    expect(lines.filter((entry) => entry.message === 'request').map((entry) => entry.route)).toEqual([
      'GET /api/health',
      'GET (no route)',
    ]);
  });
});
