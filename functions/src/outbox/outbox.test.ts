import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it } from 'vitest';
import { must } from '../../test/must.js';
import { serviceSwitch } from '../../test/service-switch.js';
import { mailsTo, type TestApp, testApp } from '../../test/test-app.js';
import { newLinkCode, testPhone } from '../link/fixtures/test-phone.js';
import { runSweep } from '../sweep/sweep.js';
import { MAX_MAIL_TRIES, retryDelayMs } from './outbox.js';

// SECURITY.md row 40: the confirmation email of a link cannot be sent. The API reaches the SES
// emulator through a switch the test turns off (connections refused) and on again; the emulator
// itself keeps serving the other test files. Each test names its phone apart, since every file
// links Marie's devices and her mailbox is shared.
const MARIE = 'marie.schmit@example.lu';
const switches: Awaited<ReturnType<typeof serviceSwitch>>[] = [];
afterEach(async () => {
  for (const s of switches.splice(0)) await s.stop();
});

async function withSesSwitch(env: Record<string, string> = {}) {
  const direct = await testApp();
  const ses = await serviceSwitch(direct.endpoints.ses);
  switches.push(ses);
  const t = await testApp({ SES_ENDPOINT: ses.url, ...env });
  return { t, ses };
}

async function link(t: TestApp, deviceName: string) {
  const { token } = await newLinkCode(t, await t.signedIn());
  return testPhone(t).claim(token, { deviceName });
}

const mailsAbout = async (deviceName: string) =>
  (await mailsTo(MARIE)).filter((mail) => mail.body.text?.includes(deviceName));

async function outbox(t: TestApp) {
  const { Items } = await t.deps.db.send(
    new QueryCommand({
      TableName: t.deps.config.TABLE_NAME,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': 'OUTBOX' },
    }),
  );
  return Items ?? [];
}

describe('the confirmation email when SES is down (SECURITY.md row 40)', () => {
  it('links the device, keeps the email, and sends it exactly once when SES is back', async () => {
    const { t, ses } = await withSesSwitch();
    const name = `Outbox phone ${Math.random().toString(36).slice(2, 8)}`;
    await ses.down();
    const linked = await link(t, name);
    expect(linked.status).toBe(201);
    expect(await mailsAbout(name)).toHaveLength(0);
    expect(await outbox(t)).toHaveLength(1);
    // Still down at the next sweep: kept, one more try counted.
    t.clock.advance(retryDelayMs(1));
    expect((await runSweep(t.deps)).outbox).toMatchObject({ sent: 0, retried: 1, depth: 1 });
    await ses.up();
    // Not due yet: the sweep waits for the entry's next attempt.
    expect((await runSweep(t.deps)).outbox).toMatchObject({ sent: 0, depth: 1 });
    t.clock.advance(retryDelayMs(2));
    // Two sweeps at once (a timer and a Lambda, say) send it once.
    const [first, second] = await Promise.all([runSweep(t.deps), runSweep(t.deps)]);
    expect(first.outbox.sent + second.outbox.sent).toBe(1);
    const mails = await mailsAbout(name);
    expect(mails).toHaveLength(1);
    const mail = must(mails[0], 'the one email');
    expect(mail.subject).toBe('A device was linked to your Passerelle account');
    // The unlink link, made when the email was sent, works.
    const token = must(/unlink-device#([^\s]+)/.exec(mail.body.text ?? '')?.[1], "the email's unlink link");
    const preview = await t.call('POST', '/api/unlink-links/preview', { body: { token } });
    expect(preview.status).toBe(200);
    expect(await outbox(t)).toHaveLength(0);
    t.clock.advance(retryDelayMs(MAX_MAIL_TRIES));
    await runSweep(t.deps);
    expect(await mailsAbout(name)).toHaveLength(1);
  });

  it('sends at once when SES answers, leaving nothing in the outbox', async () => {
    const { t } = await withSesSwitch();
    const name = `Outbox phone ${Math.random().toString(36).slice(2, 8)}`;
    expect((await link(t, name)).status).toBe(201);
    expect(await mailsAbout(name)).toHaveLength(1);
    expect(await outbox(t)).toHaveLength(0);
  });

  it(`gives up after ${MAX_MAIL_TRIES} tries with an error line and the EmailGivenUp metric`, async () => {
    const { t, ses } = await withSesSwitch({ LOG_LEVEL: 'debug' });
    const name = `Outbox phone ${Math.random().toString(36).slice(2, 8)}`;
    await ses.down();
    expect((await link(t, name)).status).toBe(201);
    for (let tries = 1; tries < MAX_MAIL_TRIES; tries++) {
      t.clock.advance(retryDelayMs(tries));
      const swept = await runSweep(t.deps);
      expect(swept.outbox.depth).toBe(tries < MAX_MAIL_TRIES - 1 ? 1 : 0);
    }
    expect(await outbox(t)).toHaveLength(0);
    const givenUp = t.logs.filter((line) => line.level === 'ERROR' && line.message === 'email given up');
    expect(givenUp).toHaveLength(1);
    expect(givenUp[0]).toMatchObject({ kind: 'link-confirmation', tries: MAX_MAIL_TRIES });
    expect(t.logs.some((line) => line.metric === 'EmailGivenUp')).toBe(true);
    expect(t.logs.some((line) => line.metric === 'EmailOutboxDepth' && line.value === 1)).toBe(true);
    await ses.up();
    expect(await mailsAbout(name)).toHaveLength(0);
  });
});
