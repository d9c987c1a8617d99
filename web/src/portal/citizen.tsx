import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect } from 'preact/hooks';
import type { Profile } from '../../../shared/model.js';
import { api, SIGNED_OUT_EVENT } from '../platform/api.js';
import { type AsyncState, useAsync } from '../platform/use-async.js';

export interface Me {
  signedIn: true;
  citizen: Profile;
  session: { expiresAt: number; absoluteExpiresAt: number; authTime: number };
}

/** `/auth/me` answers 200 either way: signed out is not an error (nothing in the console). */
export type MeAnswer = Me | { signedIn: false; reason: 'signed_out' | 'session_expired' };

const Context = createContext<{ state: AsyncState<MeAnswer>; reload(): void }>({
  state: { status: 'loading' },
  reload: () => undefined,
});

/** Who is signed in on this computer (or that nobody is). */
export function CitizenProvider({ children }: { children: ComponentChildren }) {
  const [state, reload] = useAsync((signal) => api.get<MeAnswer>('/auth/me', signal), []);
  // A session that ends while a page is open (idle or absolute expiry) leads back to sign-in, saying why.
  useEffect(() => {
    if (state.status !== 'ready') return;
    window.addEventListener(SIGNED_OUT_EVENT, reload);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, reload);
  }, [state.status, reload]);
  return <Context.Provider value={{ state, reload }}>{children}</Context.Provider>;
}

export const useCitizen = () => useContext(Context);

const ESPACE_KEY = 'passerelle.espace';

/** The eSpace the citizen works in, remembered on this computer. */
export function chosenEspace(me: Me): string | undefined {
  const saved = localStorage.getItem(`${ESPACE_KEY}.${me.citizen.citizenId}`);
  const espaces = me.citizen.espaces;
  return espaces.find((espace) => espace.espaceId === saved)?.espaceId ?? espaces[0]?.espaceId;
}

export function chooseEspace(me: Me, espaceId: string) {
  localStorage.setItem(`${ESPACE_KEY}.${me.citizen.citizenId}`, espaceId);
}

const EspaceContext = createContext<string | undefined>(undefined);
export const EspaceProvider = EspaceContext.Provider;
/** The eSpace chosen in the switcher. */
export const useEspace = () => useContext(EspaceContext);
