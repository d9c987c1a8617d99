import { useEffect, useState } from 'preact/hooks';
import { ApiFailure } from '../platform/api.js';
import { type AnswerOf, api, ok } from '../platform/api-client.js';
import { useCountdown } from '../platform/countdown.js';
import { useCodeStatus } from '../platform/use-code-status.js';

const linkCode = api['link-codes'][':codeId'];
type LinkStatus = AnswerOf<typeof linkCode.$get>;
type Created = AnswerOf<(typeof api)['link-codes']['$post']>;

export type LinkState = LinkStatus['state'];

export interface Approval {
  deviceName: string;
  browser: string;
}

export type LinkCodeState =
  | { phase: 'creating' }
  | { phase: 'error'; error: ApiFailure }
  | {
      phase: 'showing';
      url: string;
      shortCode?: string;
      state: LinkState;
      deviceName?: string;
      /** A phone that typed the code asks to be linked: the citizen must approve it (SECURITY.md row 52). */
      approval?: Approval;
    };

/** Once linked the code is never shown again; once expired a new one replaces it. */
const FINAL = ['linked', 'expired'] as const;

const failure = (error: Error) =>
  error instanceof ApiFailure ? error : new ApiFailure(0, 'internal_error', error.message);

/**
 * The computer's side of Flow 1: asks for a link code, follows its state while the page is visible
 * (platform/use-code-status.ts), and replaces an expired code on its own, whether the server says
 * so or the countdown (the server's seconds left, counted on this computer's monotonic clock) ends.
 */
export function useLinkCode() {
  // Each new code is asked for by a new generation; an answer is kept with the generation that asked,
  // so once a new code is asked for, the last one is never shown again, not even for one render.
  const [generation, setGeneration] = useState(0);
  const [answer, setAnswer] = useState<{ generation: number; created: Created | { error: ApiFailure } }>();

  useEffect(() => {
    const controller = new AbortController();
    const keep = (created: Created | { error: ApiFailure }) => setAnswer({ generation, created });
    ok(api['link-codes'].$post(undefined, { init: { signal: controller.signal } })).then(
      keep,
      (error: Error) => {
        if (error.name !== 'AbortError') keep({ error: failure(error) });
      },
    );
    return () => controller.abort();
  }, [generation]);

  const created = answer?.generation === generation ? answer.created : undefined;
  const code = created && 'codeId' in created ? created : undefined;
  const { status, setStatus, error } = useCodeStatus(
    code?.codeId,
    (signal) => ok(linkCode.$get({ param: { codeId: `${code?.codeId}` } }, { init: { signal } })),
    FINAL,
  );
  const seconds = useCountdown(code?.secondsLeft, code?.codeId);
  const restart = () => setGeneration((value) => value + 1);
  const over = Boolean(code) && status?.state !== 'linked' && (status?.state === 'expired' || seconds === 0);
  useEffect(() => {
    if (over) setGeneration((value) => value + 1);
  }, [over]);

  let state: LinkCodeState = { phase: 'creating' };
  const problem = created && 'error' in created ? created.error : error;
  if (problem) state = { phase: 'error', error: problem };
  else if (code && !over) {
    state = {
      phase: 'showing',
      url: code.url,
      shortCode: code.shortCode,
      state: status?.state ?? 'waiting',
      deviceName: status?.state === 'linked' ? status.deviceName : undefined,
      approval: status && 'approval' in status ? status.approval : undefined,
    };
  }

  /** The citizen's yes or no to the phone shown; a no ends this code, so a new one is made. */
  const decide = async (approve: boolean, deviceName: string) => {
    await ok(
      linkCode.approval.$post({ param: { codeId: `${code?.codeId}` }, json: { approve, deviceName } }),
    ).catch(() => undefined);
    if (approve && status) setStatus({ ...status, approval: undefined } as LinkStatus);
    else if (!approve) restart();
  };
  return { state, seconds, restart, decide };
}
