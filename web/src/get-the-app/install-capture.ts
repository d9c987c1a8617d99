/**
 * Chrome offers installation with one `beforeinstallprompt` event, often before the phone's code has
 * loaded: this listener, in the first bundle, keeps it for the invitation (install-invite.tsx).
 */
export interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

let deferred: InstallPromptEvent | undefined;
const listeners = new Set<() => void>();

export const installPrompt = () => deferred;

export function onInstallable(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function forgetInstallPrompt() {
  deferred = undefined;
  for (const listener of listeners) listener();
}

globalThis.addEventListener?.('beforeinstallprompt', (event) => {
  event.preventDefault(); // our own invitation replaces Chrome's mini-infobar
  deferred = event as InstallPromptEvent;
  for (const listener of listeners) listener();
});
globalThis.addEventListener?.('appinstalled', forgetInstallPrompt);
