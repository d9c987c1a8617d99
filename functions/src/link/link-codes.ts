import {
  codeError,
  codeIdOf,
  commonRefusal,
  createCode,
  readCode,
  type SingleUseCode,
  transition,
} from '../codes/single-use-code.js';
import type { Deps } from '../platform/deps.js';
import { TOKEN_PATTERN } from '../platform/tokens.js';
import type { LinkApproval } from './link-approval.js';

/** NIST SP 800-63B binding codes: single use, short-lived. */
export const LINK_CODE_SECONDS = 5 * 60;

export type LinkState = 'waiting' | 'scanned' | 'linked';

/** `LINK_CODE#<sha256(token)>`: the token itself is only ever in the QR (SECURITY.md row 5). */
export interface LinkCode extends SingleUseCode<LinkState>, LinkApproval {
  /** The origin the computer was on; the phone shows it before anything is claimed. */
  site: string;
  deviceName?: string;
  deviceId?: string;
}

/** A linked code is over for good; anything else is over at its expiry. */
const FINAL: readonly LinkState[] = ['linked'];

export const createLinkCode = (deps: Deps, citizenId: string, site: string) =>
  createCode<LinkCode>(
    deps,
    'link',
    { citizenId, site, state: 'waiting' },
    // Nothing to show once it is over: the item goes with the code.
    { validMs: LINK_CODE_SECONDS * 1000, keptSeconds: 0 },
  );

export const readLinkCode = (deps: Deps, codeId: string) => readCode<LinkCode>(deps, 'link', codeId);

/** Why a phone cannot use this code (row 3: expiry read from the item), or undefined. */
function refusal(code: LinkCode | undefined, now: number) {
  if (code?.state === 'linked') return codeError('link', 'used');
  return commonRefusal('link', code, now, FINAL);
}

/** The state its owner sees: a code past its time is expired, whatever the item still says. */
export const visibleLinkState = (code: LinkCode, now: number): LinkState | 'expired' =>
  code.state !== 'linked' && now >= code.validUntil ? 'expired' : code.state;

/** The code a phone presents, or the reason it cannot be used (SECURITY.md rows 3, 4). */
export async function usableLinkCode(deps: Deps, token: string): Promise<LinkCode> {
  if (!TOKEN_PATTERN.test(token)) throw codeError('link', 'unknown');
  const code = await readLinkCode(deps, codeIdOf(token));
  const refused = refusal(code, deps.clock.now());
  if (refused) throw refused;
  return code as LinkCode;
}

/**
 * The computer's state turns to 'scanned' while the code is still open. No name is written: anyone
 * holding the token can preview, so only the claiming phone's name is ever shown (SECURITY.md row 45).
 */
export async function markScanned(deps: Deps, token: string) {
  await transition<LinkCode>(
    deps,
    'link',
    codeIdOf(token),
    {
      set: 'SET #state = :scanned',
      condition: 'attribute_exists(pk) AND #state <> :linked',
      values: { ':scanned': 'scanned', ':linked': 'linked' },
    },
    () => codeError('link', 'used'),
  );
}

/**
 * Consumes the code with one conditional write (SECURITY.md rows 1–3): of any number of phones
 * presenting it at once, exactly one passes the condition; the others learn why they did not.
 */
export function consumeLinkCode(
  deps: Deps,
  token: string,
  device: { deviceId: string; deviceName: string },
): Promise<LinkCode> {
  const now = deps.clock.now();
  return transition<LinkCode>(
    deps,
    'link',
    codeIdOf(token),
    {
      set: 'SET #state = :linked, deviceId = :deviceId, deviceName = :name',
      condition: 'attribute_exists(pk) AND #state <> :linked AND validUntil > :now',
      values: { ':linked': 'linked', ':deviceId': device.deviceId, ':name': device.deviceName, ':now': now },
    },
    (current) => refusal(current, deps.clock.now()) ?? codeError('link', 'used'),
  );
}
