import { afterEach, describe, expect, inject, it } from 'vitest';
import { serviceSwitch } from '../../test/service-switch.js';
import { testApp } from '../../test/test-app.js';

/** Short timeouts, so a hanging service is given up quickly in tests (the defaults are 1 s and 4 s). */
const quick = { AWS_CONNECT_TIMEOUT_MS: '300', AWS_REQUEST_TIMEOUT_MS: '800' };

const switches: Awaited<ReturnType<typeof serviceSwitch>>[] = [];
async function switchFor(url: string) {
  const created = await serviceSwitch(url);
  switches.push(created);
  return created;
}
afterEach(async () => {
  for (const created of switches.splice(0)) await created.stop();
});

function expectRetryable(answer: {
  status: number;
  headers: Headers;
  json: { error: Record<string, unknown> };
}) {
  expect(answer.status).toBe(503);
  expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(answer.json.error).toMatchObject({
    retryable: true,
    code: expect.any(String),
    message: expect.any(String),
  });
}

describe('a dependency refusing or hanging mid-request (row 38)', () => {
  it('DynamoDB refused, then hanging: 503 + Retry-After + retryable, and a retry completes', async () => {
    const dynamo = await switchFor(inject('embedded').dynamodb);
    const t = await testApp({ DYNAMODB_ENDPOINT: dynamo.url, ...quick });
    const cookie = await t.signedIn();
    await dynamo.down();
    const refused = await t.call('GET', '/api/auth/me', { cookie });
    expectRetryable(refused);
    expect(refused.json.error.code).toBe('service_unavailable');
    await dynamo.hang();
    expectRetryable(await t.call('POST', '/api/link-codes', { cookie }));
    await dynamo.up();
    expect((await t.call('GET', '/api/auth/me', { cookie })).status).toBe(200);
    expect((await t.call('POST', '/api/link-codes', { cookie })).status).toBe(201);
  });

  it('the identity provider refused or hanging: sign-in answers 503, retryable', async () => {
    const idp = await switchFor(inject('embedded').issuer);
    const t = await testApp({ OIDC_ISSUER: idp.url, ...quick });
    await idp.down();
    expectRetryable(await t.call('GET', '/api/auth/sign-in/luxtrust'));
    await idp.hang();
    expectRetryable(await t.call('GET', '/api/auth/sign-in/luxtrust'));
  });
});
