import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { samplePdf } from '../../local/sample-pdf.js';
import { startSecretsEmulator } from '../../test/secrets-emulator.js';
import { serviceSwitch } from '../../test/service-switch.js';
import { postFile } from '../../test/storage-post.js';
import { testApp } from '../../test/test-app.js';
import { housing } from '../add-document/fixtures/phone-client.js';
import { linkedPhone, newLinkCode, testPhone } from '../link/fixtures/test-phone.js';
import { ORIGIN_HEADER } from './client-address.js';

// SECURITY.md row 38, the services unavailable.test.ts does not cover: S3, SES and the secrets
// source (Secrets Manager on AWS). Each is put behind a switch that refuses or hangs connections.
/** Short timeouts, so a hanging service is given up quickly (the defaults are 1 s and 4 s). */
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

describe('S3, SES or the secrets source refusing or hanging (row 38)', () => {
  it('S3 refused, then hanging, while a computer upload completes: 503 retryable, nothing filed, a retry files it', async () => {
    const s3 = await switchFor(inject('embedded').s3);
    // Browsers still reach storage (the presigned POST); only the API's own calls cross the switch.
    const t = await testApp({ S3_ENDPOINT: s3.url, S3_PUBLIC_ENDPOINT: inject('embedded').s3, ...quick });
    const cookie = await t.signedIn();
    const pdf = samplePdf('Lease');
    const created = await t.call('POST', `/api/procedures/${housing.procedureId}/uploads`, {
      cookie,
      body: { action: 'add', typeId: 'other', contentType: 'application/pdf', size: pdf.byteLength },
    });
    expect(created.status).toBe(201);
    await postFile(created.json, pdf, 'application/pdf');
    const complete = () =>
      t.call('POST', `/api/procedures/${housing.procedureId}/uploads/${created.json.uploadId}/complete`, {
        cookie,
      });
    const count = async () =>
      (await t.call('GET', `/api/procedures/${housing.procedureId}`, { cookie })).json.documents.length;
    const before = await count();
    await s3.down();
    expectRetryable(await complete());
    await s3.hang();
    expectRetryable(await complete());
    expect(await count()).toBe(before);
    await s3.up();
    const filed = await complete();
    expect(filed.status, filed.text).toBe(201);
    expect(await count()).toBe(before + 1);
  });

  it('SES refused or hanging during a link: the device is linked at once, never a hang or a 500', async () => {
    const ses = await switchFor(inject('embedded').ses);
    const t = await testApp({ SES_ENDPOINT: ses.url, ...quick });
    const cookie = await t.signedIn();
    for (const fault of ['down', 'hang'] as const) {
      await ses[fault]();
      const phone = testPhone(t);
      const { token } = await newLinkCode(t, cookie);
      const claimed = await phone.claim(token);
      expect(claimed.status, claimed.text).toBe(201);
    }
    await ses.up();
    expect((await linkedPhone(t, cookie)).device).toBeDefined();
  });

  describe('the secrets source (Secrets Manager)', () => {
    const secret = 'an origin secret of the edge, 32 chars';
    const arn = 'arn:aws:secretsmanager:eu-west-1:000000000000:secret:origin';
    let emulator: Awaited<ReturnType<typeof startSecretsEmulator>>;
    const saved = { ...process.env };
    beforeAll(async () => {
      emulator = await startSecretsEmulator({ [arn]: secret });
    });
    afterAll(async () => {
      process.env = saved;
      await emulator.stop();
    });

    it('refused, then hanging: every request answers 503 retryable; back up, requests are answered', async () => {
      const secrets = await switchFor(emulator.url);
      // How the SDK is pointed at another Secrets Manager endpoint (as on AWS, no code change).
      process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER = secrets.url;
      process.env.AWS_ACCESS_KEY_ID = 'local';
      process.env.AWS_SECRET_ACCESS_KEY = 'local';
      const t = await testApp({ ORIGIN_SECRET_ARN: arn, ...quick });
      const health = () => t.call('GET', '/api/health', { headers: { [ORIGIN_HEADER]: secret } });
      await secrets.down();
      expectRetryable(await health());
      await secrets.hang();
      expectRetryable(await health());
      await secrets.up();
      const answered = await health();
      expect(answered.status, answered.text).toBe(200);
      expect(emulator.calls).toContain(arn);
      // A wrong secret is still refused once the source answers.
      expect(
        (await t.call('GET', '/api/health', { headers: { [ORIGIN_HEADER]: 'x'.repeat(32) } })).status,
      ).toBe(403);
    });
  });
});
