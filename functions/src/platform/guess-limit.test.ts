import { describe, expect, it } from 'vitest';
import { testApp } from '../../test/test-app.js';
import { linkedPhone, newLinkCode } from '../link/fixtures/test-phone.js';
import { ALLOWED_MISSES } from './guess-limit.js';
import { newToken } from './tokens.js';

type App = Awaited<ReturnType<typeof testApp>>;

const preview = (t: App, token: string, address: string, headers: Record<string, string> = {}) =>
  t.call('POST', '/api/link/preview', { body: { token }, address, headers });

describe('the guess limit (row 42)', () => {
  it('keys on the socket address locally: a forged X-Viewer-Address does not give a fresh bucket', async () => {
    const t = await testApp();
    for (let i = 0; i < ALLOWED_MISSES; i += 1) {
      const answer = await preview(t, newToken(), '10.0.0.66', { 'x-viewer-address': `198.51.100.${i}` });
      expect(answer.json.error.code).toBe('link_code_unknown');
    }
    const forged = await preview(t, newToken(), '10.0.0.66', { 'x-viewer-address': '203.0.113.9' });
    expect(forged.status).toBe(429);
  });

  it('lets no more than the allowed guesses through when 60 are sent at once', async () => {
    const t = await testApp();
    const answers = await Promise.all(Array.from({ length: 60 }, () => preview(t, newToken(), '10.0.0.66')));
    const evaluated = answers.filter((answer) => answer.json.error.code === 'link_code_unknown');
    expect(evaluated).toHaveLength(ALLOWED_MISSES);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(60 - ALLOWED_MISSES);
  });

  it('never blocks an honest phone elsewhere because of a stranger’s guesses', async () => {
    const t = await testApp();
    const { token } = await newLinkCode(t, await t.signedIn());
    for (let i = 0; i <= ALLOWED_MISSES; i += 1) await preview(t, newToken(), '10.0.0.66');
    expect((await preview(t, newToken(), '10.0.0.66')).status).toBe(429);
    const honest = await preview(t, token, '10.0.0.7');
    expect(honest.status).toBe(200);
    // Right answers give their try back: an honest phone can preview as often as it needs.
    for (let i = 0; i < 2 * ALLOWED_MISSES; i += 1)
      expect((await preview(t, token, '10.0.0.7')).status).toBe(200);
  });

  it('covers upload codes, unlink links and unlock challenges', async () => {
    const t = await testApp();
    const phone = await linkedPhone(t, await t.signedIn());
    const guesses: Record<string, (address: string) => ReturnType<App['call']>> = {
      upload_code_unknown: (address) =>
        t.call('GET', '/api/upload-code', { headers: { authorization: `Bearer ${newToken()}` }, address }),
      unlink_link_invalid: (address) =>
        t.call('POST', '/api/unlink-links/preview', { body: { token: newToken() }, address }),
      challenge_invalid: (address) =>
        t.call('POST', '/api/unlock/password', {
          body: { ...phone.which(), challenge: newToken(), signature: 'x', password: 'whatever it is' },
          address,
        }),
    };
    let n = 0;
    for (const [miss, guess] of Object.entries(guesses)) {
      n += 1;
      const address = `10.0.1.${n}`;
      for (let i = 0; i < ALLOWED_MISSES; i += 1) expect((await guess(address)).json.error.code).toBe(miss);
      const limited = await guess(address);
      expect(limited.status).toBe(429);
      expect(limited.json.error.code).toBe('too_many_attempts');
    }
  });

  it('behind CloudFront: only requests with the origin secret, keyed on the address the edge wrote', async () => {
    const secret = 'origin-secret-for-tests-0123456789';
    const t = await testApp({ ORIGIN_SECRET: secret });
    const direct = await preview(t, newToken(), '10.0.0.66', { 'x-viewer-address': '198.51.100.1' });
    expect(direct.status).toBe(403);
    expect(direct.json.error.code).toBe('forbidden');
    const wrong = await preview(t, newToken(), '10.0.0.66', { 'x-origin-verify': 'guess' });
    expect(wrong.status).toBe(403);
    const edge = (viewer: string) => ({ 'x-origin-verify': secret, 'x-viewer-address': viewer });
    // Every request reaches the API from CloudFront's few addresses: the viewer's is what counts.
    for (let i = 0; i < ALLOWED_MISSES; i += 1) {
      expect((await preview(t, newToken(), '10.9.9.9', edge('198.51.100.1'))).status).toBe(404);
    }
    expect((await preview(t, newToken(), '10.9.9.9', edge('198.51.100.1'))).status).toBe(429);
    expect((await preview(t, newToken(), '10.9.9.9', edge('198.51.100.2'))).status).toBe(404);
    expect((await t.call('GET', '/api/health', { headers: edge('198.51.100.3') })).status).toBe(200);
  });
});
