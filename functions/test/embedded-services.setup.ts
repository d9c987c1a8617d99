import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { DEV_CLIENT } from '../local/dev-client.js';
import { startDevIdentity } from '../local/dev-identity.js';
import { startEmbeddedServices } from '../local/embedded-services.js';
import { TEST_BUCKET, TEST_ORIGIN } from './test-constants.js';

/**
 * Starts the real embedded servers once for the unit/API test run: dynalite (in memory), s3rver,
 * aws-ses-v2-local and the dev OpenID provider. Each test file makes its own table (test-app.ts).
 */
export default async function setup(project: TestProject) {
  const s3Dir = mkdtempSync(join(tmpdir(), 'passerelle-test-s3-'));
  const services = await startEmbeddedServices({
    s3Dir,
    ports: { dynamodb: 0, s3: 0, ses: 0 },
    bucketName: TEST_BUCKET,
    corsOrigins: [TEST_ORIGIN],
  });
  const identity = await startDevIdentity({
    port: 0,
    clientId: DEV_CLIENT.id,
    clientSecret: DEV_CLIENT.secret,
    redirectUris: [`${TEST_ORIGIN}/api/auth/callback`],
  }).catch(async (error) => {
    await services.stop();
    throw error;
  });
  project.provide('embedded', { ...services.endpoints, issuer: identity.issuer });
  return async () => {
    await identity.stop();
    await services.stop();
    rmSync(s3Dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    embedded: { dynamodb: string; s3: string; ses: string; mailViewer: string; issuer: string };
  }
}
