import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect } from 'preact/hooks';
import { SIGNED_OUT_EVENT } from '../platform/api.js';
import { type AnswerOf, api, ok } from '../platform/api-client.js';
import { type AsyncState, useAsync } from '../platform/use-async.js';

/** `/auth/me` answers 200 either way: signed out is not an error (nothing in the console). */
export type MeAnswer = AnswerOf<typeof api.auth.me.$get>;
export type Me = Extract<MeAnswer, { signedIn: true }>;

const Context = createContext<{ state: AsyncState<MeAnswer>; reload(): void }>({
  state: { status: 'loading' },
  reload: () => undefined,
});

/** Who is signed in on this computer (or that nobody is). */
export function CitizenProvider({ children }: { children: ComponentChildren }) {
  const [state, reload] = useAsync((signal) => ok(api.auth.me.$get(undefined, { init: { signal } })), []);
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
