import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSecretsEmulator } from '../../test/secrets-emulator.js';
import { serviceSwitch } from '../../test/service-switch.js';
import { readConfig } from './config.js';
import { createDeps } from './deps.js';

// Web Push on AWS (docs/deploy.md): the VAPID private key is a Secrets Manager secret the Lambda
// reads at run time, once; it is never in the template or the environment. A loopback stand-in
// for Secrets Manager, behind a switch that refuses connections, plays the source.
const PUBLIC_KEY = 'B'.repeat(87);
const PRIVATE_KEY = 'p'.repeat(43);
const ARN = 'arn:aws:secretsmanager:eu-west-1:000000000000:secret:vapid';

const config = (extra: Record<string, string>) =>
  readConfig({
    ALLOWED_ORIGINS: 'http://127.0.0.1:9',
    TABLE_NAME: 'unused',
    BUCKET_NAME: 'unused',
    MAIL_FROM: 'no-reply@passerelle.lu',
    OIDC_ISSUER: 'http://127.0.0.1:9/oidc',
    OIDC_CLIENT_ID: 'passerelle',
    OIDC_CLIENT_SECRET: 'unused',
    AWS_CONNECT_TIMEOUT_MS: '300',
    AWS_REQUEST_TIMEOUT_MS: '800',
    ...extra,
  });

describe('the VAPID private key read from Secrets Manager at run time', () => {
  let emulator: Awaited<ReturnType<typeof startSecretsEmulator>>;
  let source: Awaited<ReturnType<typeof serviceSwitch>>;
  const saved = { ...process.env };
  beforeAll(async () => {
    emulator = await startSecretsEmulator({ [ARN]: `${PRIVATE_KEY}\n` });
  });
  afterEach(async () => {
    await source?.stop();
    process.env = { ...saved };
  });
  afterAll(async () => {
    await emulator.stop();
  });

  const pointAt = async () => {
    source = await serviceSwitch(emulator.url);
    // How the SDK is pointed at another Secrets Manager endpoint (as on AWS, no code change).
    process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER = source.url;
    process.env.AWS_ACCESS_KEY_ID = 'local';
    process.env.AWS_SECRET_ACCESS_KEY = 'local';
  };

  it('reads the secret once, trimmed, however many pushes ask for it', async () => {
    await pointAt();
    const deps = createDeps(config({ VAPID_PUBLIC_KEY: PUBLIC_KEY, VAPID_PRIVATE_KEY_ARN: ARN }));
    const before = emulator.calls.length;
    expect(await deps.vapidPrivateKey()).toBe(PRIVATE_KEY);
    expect(await deps.vapidPrivateKey()).toBe(PRIVATE_KEY);
    expect(emulator.calls.slice(before)).toEqual([ARN]);
  });

  it('a source that cannot be reached fails that push only: the next one reads it again', async () => {
    await pointAt();
    const deps = createDeps(config({ VAPID_PUBLIC_KEY: PUBLIC_KEY, VAPID_PRIVATE_KEY_ARN: ARN }));
    await source.down();
    await expect(deps.vapidPrivateKey()).rejects.toThrow();
    await source.up();
    expect(await deps.vapidPrivateKey()).toBe(PRIVATE_KEY);
  });

  it('push is off without a public key, and a key given directly (locally) is used as it is', async () => {
    await pointAt();
    const before = emulator.calls.length;
    expect(await createDeps(config({ VAPID_PRIVATE_KEY_ARN: ARN })).vapidPrivateKey()).toBeUndefined();
    const local = createDeps(config({ VAPID_PUBLIC_KEY: PUBLIC_KEY, VAPID_PRIVATE_KEY: PRIVATE_KEY }));
    expect(await local.vapidPrivateKey()).toBe(PRIVATE_KEY);
    expect(emulator.calls.length).toBe(before);
  });
});
