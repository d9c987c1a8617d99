import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ApiFailure } from '../platform/api.js';
import { api, ok } from '../platform/api-client.js';

/** Polling every 700 ms puts the phone's action on the computer within a second (DESIGN.md budget). */
const POLL_MS = 700;

export type LinkStatus = 'waiting' | 'scanned' | 'linked' | 'expired';

export type LinkCodeState =
  | { phase: 'creating' }
  | { phase: 'error'; error: ApiFailure }
  | {
      phase: 'showing';
      url: string;
      shortCode?: string;
      deadline: number;
      status: LinkStatus;
      deviceName?: string;
      /** A phone that typed the code asks to be linked: the citizen must approve it (SECURITY.md row 52). */
      approval?: Approval;
    };

export interface Approval {
  deviceName: string;
  browser: string;
}

/**
 * The computer's side of Flow 1: asks for a link code, polls its status while the page is visible,
 * and replaces an expired code on its own. Once linked, the code is never shown again.
 * The deadline is counted on this computer's clock from the server's `expiresIn`, so a computer whose
 * clock is wrong still counts down correctly.
 */
export function useLinkCode() {
  const [state, setState] = useState<LinkCodeState>({ phase: 'creating' });
  const [generation, setGeneration] = useState(0);
  const codeId = useRef<string>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let showing: Extract<LinkCodeState, { phase: 'showing' }> | undefined;

    const show = (next: typeof showing) => {
      showing = next;
      if (next) setState(next);
    };

    const create = async () => {
      setState({ phase: 'creating' });
      const created = await ok(api['link-codes'].$post(undefined, { init: { signal } }));
      codeId.current = created.codeId;
      show({
        phase: 'showing',
        url: created.url,
        shortCode: created.shortCode,
        deadline: Date.now() + created.expiresIn * 1000,
        status: 'waiting',
      });
    };

    const poll = async () => {
      timer = undefined;
      if (signal.aborted || !showing) return;
      if (document.visibilityState === 'visible') {
        const expiredHere = Date.now() >= showing.deadline;
        const answer: { status: LinkStatus; deviceName?: string; approval?: Approval } = await ok(
          api['link-codes'][':codeId'].$get({ param: { codeId: `${codeId.current}` } }, { init: { signal } }),
        );
        if (answer.status === 'linked')
          return show({ ...showing, status: 'linked', deviceName: answer.deviceName });
        if (answer.status === 'expired' || expiredHere) await create();
        else if (
          answer.status !== showing.status ||
          answer.deviceName !== showing.deviceName ||
          answer.approval?.deviceName !== showing.approval?.deviceName
        ) {
          show({
            ...showing,
            status: answer.status,
            deviceName: answer.deviceName,
            approval: answer.approval,
          });
        }
      }
      timer = setTimeout(run, POLL_MS);
    };

    const fail = (error: Error) => {
      if (error.name === 'AbortError') return;
      setState({
        phase: 'error',
        error: error instanceof ApiFailure ? error : new ApiFailure(0, 'internal_error', error.message),
      });
    };
    // A dropped connection or a server hiccup must not end the page: try again a little later.
    const transient = (error: Error) =>
      error instanceof ApiFailure && (error.status === 0 || error.status >= 500);
    const run = () =>
      poll().catch((error: Error) => {
        if (transient(error) && showing && !signal.aborted) timer = setTimeout(run, POLL_MS * 3);
        else fail(error);
      });
    const onVisible = () => {
      if (document.visibilityState === 'visible' && timer) {
        clearTimeout(timer);
        run();
      }
    };

    create().then(() => {
      timer = setTimeout(run, POLL_MS);
    }, fail);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      controller.abort();
      if (timer) clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [generation]);

  const restart = () => setGeneration((value) => value + 1);
  /** The citizen's yes or no to the phone shown; a no ends this code, so a new one is made. */
  const decide = async (approve: boolean, deviceName: string) => {
    await ok(
      api['link-codes'][':codeId'].approval.$post({
        param: { codeId: `${codeId.current}` },
        json: { approve, deviceName },
      }),
    ).catch(() => undefined);
    if (approve)
      setState((current) => (current.phase === 'showing' ? { ...current, approval: undefined } : current));
    else restart();
  };
  return { state, restart, decide };
}

/**
 * Seconds left until `deadline`, ticking once a second. It starts at the code's full lifetime (5:00,
 * not 5:01 from a `now` taken before the code arrived, nor 4:59), then counts down.
 */
export function useSecondsLeft(deadline: number | undefined) {
  const [now, setNow] = useState(Date.now());
  const total = useMemo(() => (deadline ? Math.round((deadline - Date.now()) / 1000) : 0), [deadline]);
  useEffect(() => {
    if (!deadline) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [deadline]);
  return deadline ? Math.max(0, Math.min(total, Math.ceil((deadline - now) / 1000))) : 0;
}
