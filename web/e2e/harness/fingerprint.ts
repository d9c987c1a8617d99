import type { CDPSession, Page } from 'playwright-core';

/**
 * The DevTools virtual authenticator standing in for the phone's fingerprint sensor (PITFALLS.md).
 * Returns whether the sensor recognises the citizen from now on (a refusal looks to the page like the
 * citizen's own closed prompt).
 */
export async function fingerprintSensor(page: Page) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      ctap2Version: 'ctap2_1',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
      // No PRF: the app does not use it, and with it this virtual authenticator refused the unasked
      // unlock right after a refusal (setUserVerified false, then true) in link-device.e2e.ts's sequence.
    },
  });
  return (recognised: boolean) =>
    cdp.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified: recognised });
}
