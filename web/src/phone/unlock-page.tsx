import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ApiFailure } from '../platform/api.js';
import { api, ok } from '../platform/api-client.js';
import { useLanguage, useT } from '../platform/i18n.js';
import { type UnlockAnswer, unlockWithBiometrics } from './biometrics.js';
import { deviceUnlocked, forgetThisDevice, useDevice } from './device.js';
import { type LinkedDevice, loadDevice, signUnlock } from './device-store.js';
import { ForgotPassword } from './forgot-password.js';
import { PhoneLayout } from './phone-layout.js';
import { phoneStrings } from './strings.js';
import { unlockStrings } from './unlock-strings.js';

type Problem =
  | { kind: 'message'; text: string }
  | { kind: 'info'; text: string }
  | { kind: 'locked' }
  | { kind: 'unlinked' };

/** Only paths of the phone app: `next` comes from the address bar. */
const safeNext = (next: string | undefined) => (next && /^\/app(\/[\w\-/]*)?$/.test(next) ? next : '/app');

/**
 * Unlock (DESIGN.md): the app password, checked by the server and proven by the device key's
 * signature of a fresh challenge, or face or fingerprint. Face or fingerprint, when turned on, is
 * asked at once as the screen opens; the password stays usable meanwhile and is the fallback. Each
 * wrong password says how many attempts are left; the fifth locks the phone, which must then be linked
 * again ('Forgot your app password?' explains the same way out).
 */
export function UnlockPage() {
  const t = useT(phoneStrings);
  const u = useT(unlockStrings);
  const { language } = useLanguage();
  const device = useDevice();
  const { route, query } = useLocation();
  const [busy, setBusy] = useState(false);
  /** The face or fingerprint prompt is up: the password field stays usable, its button waits. */
  const [asking, setAsking] = useState(false);
  const askedAtOnce = useRef(false);
  const [problem, setProblem] = useState<Problem>();
  const password = useRef<HTMLInputElement>(null);
  const next = safeNext(query.next);

  // Read as the phone unlocks: the address changing as this page leaves (a new `next` and `route`) is
  // no reason to go anywhere again.
  const leave = useRef({ route, next });
  leave.current = { route, next };
  const unlocked = device.status === 'unlocked';
  useEffect(() => {
    if (unlocked) leave.current.route(leave.current.next, true);
  }, [unlocked]);

  const finish = async (stored: LinkedDevice, answer: UnlockAnswer) => {
    await deviceUnlocked({ ...stored, deviceName: answer.deviceName, holderName: answer.holderName });
    route(next, true);
  };

  const fail = async (error: unknown) => {
    if (!(error instanceof ApiFailure)) {
      // The citizen closed the face or fingerprint prompt (or it was refused): the password is next.
      setProblem({ kind: 'info', text: u('biometricsNotUsed') });
      password.current?.focus();
      return;
    }
    if (error.code === 'device_locked') {
      await forgetThisDevice();
      return setProblem({ kind: 'locked' });
    }
    if (error.code === 'device_unlinked') {
      await forgetThisDevice();
      return setProblem({ kind: 'unlinked' });
    }
    if (error.code === 'wrong_password') {
      const count = Number(error.details?.attemptsLeft ?? 0);
      setProblem({
        kind: 'message',
        text: count === 1 ? t('wrongPasswordOne') : t('wrongPassword', { count }),
      });
    } else {
      setProblem({ kind: 'message', text: error.describe(language) });
    }
    if (password.current) {
      password.current.value = '';
      password.current.focus();
    }
  };

  const withPassword = async (event: Event) => {
    event.preventDefault();
    const stored = await loadDevice();
    if (!stored) return setProblem({ kind: 'unlinked' });
    setBusy(true);
    setProblem(undefined);
    try {
      const which = { citizenId: stored.citizenId, deviceId: stored.deviceId };
      const { challenge } = await ok(api.unlock.challenge.$post({ json: which }));
      const signature = await signUnlock(stored, challenge);
      const answer = await ok(
        api.unlock.password.$post({
          json: { ...which, challenge, signature, password: password.current?.value ?? '' },
        }),
      );
      await finish(stored, answer);
    } catch (error) {
      await fail(error);
    } finally {
      setBusy(false);
    }
  };

  const withBiometrics = async () => {
    const stored = await loadDevice();
    if (!stored) return setProblem({ kind: 'unlinked' });
    setAsking(true);
    setProblem(undefined);
    try {
      await finish(stored, await unlockWithBiometrics(stored));
    } catch (error) {
      await fail(error);
    } finally {
      setAsking(false);
    }
  };

  // Turned on for this phone: face or fingerprint is asked once, as soon as the screen opens (online:
  // the server checks it, so offline it waits for the network rather than fail). Once only: a new
  // `withBiometrics` at each render must not ask again, so the effect calls the latest through a ref.
  const offline = device.status === 'locked' && device.offline === true;
  const askNow = device.status === 'locked' && !offline && device.biometrics;
  const ask = useRef(withBiometrics);
  ask.current = withBiometrics;
  useEffect(() => {
    if (!askNow || askedAtOnce.current) return;
    askedAtOnce.current = true;
    void ask.current();
  }, [askNow]);

  if (problem?.kind === 'locked' || problem?.kind === 'unlinked' || device.status === 'unlinked') {
    const locked = problem?.kind === 'locked';
    return (
      <PhoneLayout title={t(locked ? 'lockedTitle' : 'unlinkedTitle')}>
        <p class="notice notice--error" role="alert">
          {t(locked ? 'lockedText' : 'unlinkedText')}
        </p>
        <div class="phone__actions">
          <a class="button button--primary button--large" href="/app/link">
            {t('linkDevice')}
          </a>
        </div>
      </PhoneLayout>
    );
  }

  if (device.status !== 'locked') {
    return (
      <PhoneLayout>
        <p class="page-loading" role="status">
          {t('checking')}
        </p>
      </PhoneLayout>
    );
  }

  return (
    <PhoneLayout title={t('unlockTitle')}>
      <p>{t('unlockIntro', { holder: device.holderName, device: device.deviceName })}</p>
      <div aria-live="polite">{offline && <p class="notice notice--warning">{u('offlineUnlock')}</p>}</div>
      <div aria-live="assertive">
        {problem?.kind === 'message' && (
          <p class="notice notice--error" role="alert">
            {problem.text}
          </p>
        )}
      </div>
      <div aria-live="polite">
        {asking && <p class="notice notice--info">{u('biometricsAsked')}</p>}
        {problem?.kind === 'info' && <p class="notice notice--info">{problem.text}</p>}
      </div>
      <form class="form" onSubmit={withPassword}>
        <label class="field">
          <span>{t('appPassword')}</span>
          <input ref={password} type="password" name="password" autoComplete="current-password" required />
        </label>
        <div class="phone__actions">
          <button type="submit" class="button button--primary button--large" disabled={busy}>
            {busy ? t('unlocking') : t('unlock')}
          </button>
          {device.biometrics && (
            <button
              type="button"
              class="button button--large"
              disabled={busy || asking}
              onClick={withBiometrics}
            >
              {t('useBiometrics')}
            </button>
          )}
        </div>
      </form>
      <ForgotPassword />
    </PhoneLayout>
  );
}
