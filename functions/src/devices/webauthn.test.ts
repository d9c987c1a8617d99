import { describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../test/test-app.js';
import { linkedPhone } from '../link/fixtures/test-phone.js';
import { readDevice } from './device-record.js';
import { softAuthenticator } from './fixtures/soft-authenticator.js';

type Phone = Awaited<ReturnType<typeof linkedPhone>>;

async function turnOnBiometrics(
  phone: Phone,
  authenticator: ReturnType<typeof softAuthenticator>,
  options = {},
) {
  const creation = await phone.post('/api/device/biometrics/options');
  return phone.post('/api/device/biometrics', { response: authenticator.register(creation.json, options) });
}

async function unlockWithBiometrics(
  t: TestApp,
  phone: Phone,
  authenticator: ReturnType<typeof softAuthenticator>,
  options = {},
) {
  const request = await t.call('POST', '/api/unlock/biometrics/options', { body: phone.which() });
  const response = authenticator.assert(request.json, options);
  return {
    response,
    answer: await t.call('POST', '/api/unlock/biometrics', { body: { ...phone.which(), response } }),
  };
}

describe('face or fingerprint unlock (WebAuthn)', () => {
  it('registers a platform credential with user verification required, then unlocks with it', async () => {
    const t = await testApp();
    const phone = await linkedPhone(t, await t.signedIn());
    const creation = await phone.post('/api/device/biometrics/options');
    expect(creation.json.rp).toEqual({ name: 'Passerelle', id: 'localhost' });
    expect(creation.json.authenticatorSelection).toMatchObject({
      authenticatorAttachment: 'platform',
      userVerification: 'required',
    });
    const authenticator = softAuthenticator(t.origin);
    const registered = await phone.post('/api/device/biometrics', {
      response: authenticator.register(creation.json),
    });
    expect(registered.status).toBe(201);
    expect((await phone.get('/api/device')).json.device.biometrics).toBe(true);

    const { answer } = await unlockWithBiometrics(t, phone, authenticator);
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ unlocked: true, holderName: 'Marie Schmit' });
  });

  it('refuses a replayed assertion, and a replayed registration (row 15)', async () => {
    const t = await testApp();
    const phone = await linkedPhone(t, await t.signedIn());
    const authenticator = softAuthenticator(t.origin);
    const creation = await phone.post('/api/device/biometrics/options');
    const registration = authenticator.register(creation.json);
    expect((await phone.post('/api/device/biometrics', { response: registration })).status).toBe(201);
    expect((await phone.post('/api/device/biometrics', { response: registration })).status).toBe(401);

    const { response } = await unlockWithBiometrics(t, phone, authenticator);
    const replay = await t.call('POST', '/api/unlock/biometrics', { body: { ...phone.which(), response } });
    expect(replay.status).toBe(401);
    expect(replay.json.error.code).toBe('challenge_invalid');
  });

  it('refuses registration and unlock without user verification (row 16)', async () => {
    const t = await testApp();
    const phone = await linkedPhone(t, await t.signedIn());
    const authenticator = softAuthenticator(t.origin);
    const unverified = await turnOnBiometrics(phone, authenticator, { userVerified: false });
    expect(unverified.status).toBe(401);
    expect(unverified.json.error.code).toBe('biometrics_refused');
    expect((await turnOnBiometrics(phone, authenticator)).status).toBe(201);
    const { answer } = await unlockWithBiometrics(t, phone, authenticator, { userVerified: false });
    expect(answer.status).toBe(401);
    expect(answer.json.error.code).toBe('biometrics_refused');
  });

  it("refuses device A's credential for device B (row 17)", async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const phoneA = await linkedPhone(t, cookie);
    const phoneB = await linkedPhone(t, cookie);
    const authenticatorA = softAuthenticator(t.origin);
    const authenticatorB = softAuthenticator(t.origin);
    await turnOnBiometrics(phoneA, authenticatorA);
    await turnOnBiometrics(phoneB, authenticatorB);
    const request = await t.call('POST', '/api/unlock/biometrics/options', { body: phoneB.which() });
    const response = authenticatorA.assert(request.json, {
      credentialId: [...(await credentialsOf(t, phoneA))][0],
    });
    const answer = await t.call('POST', '/api/unlock/biometrics', { body: { ...phoneB.which(), response } });
    expect(answer.status).toBe(401);
    expect(answer.json.error.code).toBe('biometrics_refused');
  });

  it('answers 409 when the same credential is registered twice (row 18)', async () => {
    const t = await testApp();
    const cookie = await t.signedIn();
    const phoneA = await linkedPhone(t, cookie);
    const phoneB = await linkedPhone(t, cookie);
    const authenticator = softAuthenticator(t.origin);
    const first = await turnOnBiometrics(phoneA, authenticator);
    expect(first.status).toBe(201);
    const [credentialId] = await credentialsOf(t, phoneA);
    const again = await turnOnBiometrics(phoneA, authenticator, { reuse: credentialId });
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe('credential_exists');
    expect((await turnOnBiometrics(phoneB, authenticator, { reuse: credentialId })).status).toBe(409);
    expect(await credentialsOf(t, phoneB)).toEqual([]);
  });

  it('turns biometrics off in settings: the credential no longer unlocks', async () => {
    const t = await testApp();
    const phone = await linkedPhone(t, await t.signedIn());
    const authenticator = softAuthenticator(t.origin);
    await turnOnBiometrics(phone, authenticator);
    const request = await t.call('POST', '/api/unlock/biometrics/options', { body: phone.which() });
    expect((await t.call('DELETE', '/api/device/biometrics', { cookie: phone.cookie })).status).toBe(200);
    const response = authenticator.assert(request.json);
    const answer = await t.call('POST', '/api/unlock/biometrics', { body: { ...phone.which(), response } });
    expect(answer.status).toBe(401);
    const again = await t.call('POST', '/api/unlock/biometrics/options', { body: phone.which() });
    expect(again.json.error.code).toBe('biometrics_off');
  });
});

async function credentialsOf(t: TestApp, phone: Phone): Promise<string[]> {
  const { citizenId, deviceId } = phone.which();
  const device = await readDevice(t.deps, citizenId, deviceId);
  return device?.credentialIds ?? [];
}
