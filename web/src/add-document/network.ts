import { ApiFailure } from '../platform/api.js';

/** The request never reached the API: the phone is offline, which is not a bad code. */
export const isOffline = (error: unknown) =>
  error instanceof ApiFailure && (error.code === 'network_unreachable' || error.status === 0);

/** Calls `then` once, when the browser says the network is back. */
export function whenOnline(then: () => void) {
  const back = () => {
    window.removeEventListener('online', back);
    then();
  };
  window.addEventListener('online', back);
}
