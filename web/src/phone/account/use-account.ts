import { useEffect, useState } from 'preact/hooks';
import { ApiFailure } from '../../platform/api.js';
import { deviceSessionEnded, forgetThisDevice } from '../device.js';
import { type Account, accountApi, type ProcedureSummary } from './account-api.js';
import { accountCache } from './account-cache.js';

const ESPACE_KEY = 'passerelle.phone.espace';

export type Loaded<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T; asOf?: number }
  | { status: 'error'; error: ApiFailure };

/**
 * Reads from the API and remembers what it read; when the network is gone, shows what was last
 * seen with its time ("As of …"). Any other failure (device unlinked, locked) is shown as is: the
 * cache never stands in for a refusal.
 */
async function withFallback<T>(
  read: () => Promise<T>,
  save: (value: T) => Promise<void>,
  recall: () => Promise<{ value: T; at: number } | undefined>,
): Promise<Loaded<T>> {
  try {
    const value = await read();
    await save(value);
    return { status: 'ready', value };
  } catch (error) {
    if (!(error instanceof ApiFailure)) throw error;
    // Unlinked or locked meanwhile: the phone loses the account at once (SECURITY.md row 48).
    if (error.code === 'device_unlinked' || error.code === 'device_locked') await forgetThisDevice();
    if (error.code === 'device_session_ended') await deviceSessionEnded();
    const seen = error.status === 0 ? await recall() : undefined;
    return seen ? { status: 'ready', value: seen.value, asOf: seen.at } : { status: 'error', error };
  }
}

export function useAccount() {
  const [state, setState] = useState<Loaded<Account>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    withFallback(() => accountApi.account(), accountCache.saveAccount, accountCache.account).then(
      (next) => live && setState(next),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

const LOADING: Loaded<never> = { status: 'loading' };

/**
 * `refresh`: a counter the screen raises when the citizen asks to load the list again. Each answer is
 * kept with the eSpace and the refresh it answers: a new eSpace or a new refresh shows 'loading' at
 * once, never the list of the request before.
 */
export function useProcedures(espaceId: string | undefined, refresh = 0) {
  const [answer, setAnswer] = useState<{
    espaceId: string;
    refresh: number;
    state: Loaded<ProcedureSummary[]>;
  }>();
  useEffect(() => {
    if (!espaceId) return;
    let live = true;
    withFallback(
      async () => (await accountApi.procedures(espaceId)).procedures,
      (list) => accountCache.saveProcedures(espaceId, list),
      () => accountCache.procedures(espaceId),
    ).then((state) => live && setAnswer({ espaceId, refresh, state }));
    return () => {
      live = false;
    };
  }, [espaceId, refresh]);
  return answer && answer.espaceId === espaceId && answer.refresh === refresh ? answer.state : LOADING;
}

/** The eSpace chosen on this phone (the private one until the citizen switches). */
export function useChosenEspace(account: Account | undefined) {
  const [chosen, setChosen] = useState(() => localStorage.getItem(ESPACE_KEY) ?? undefined);
  const espaces = account?.espaces ?? [];
  const current = espaces.find((espace) => espace.espaceId === chosen) ?? espaces[0];
  const choose = (espaceId: string) => {
    localStorage.setItem(ESPACE_KEY, espaceId);
    setChosen(espaceId);
  };
  return { current, choose };
}
