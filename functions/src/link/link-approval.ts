import type { Context } from 'hono';
import { browserName } from '../../../shared/browser-name.js';
import { codeError, codeIdOf, transition } from '../codes/single-use-code.js';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import { type LinkCode, readLinkCode } from './link-codes.js';

/**
 * SECURITY.md row 52. A QR is only ever on the citizen's own screen; a typed code can be read out to
 * anyone ("the help desk needs your code"). So a link code that was redeemed by typing carries
 * `typed`, and its claim waits until the citizen, on the computer, approves the phone by the name
 * and browser it claims with. A refusal ends the code.
 */
export interface LinkApproval {
  typed?: boolean;
  approval?: 'pending' | 'approved' | 'refused';
  approvalName?: string;
  approvalBrowser?: string;
}

export const markTyped = (deps: Deps, codeId: string) =>
  transition<LinkCode>(
    deps,
    'link',
    codeId,
    { set: 'SET typed = :yes', condition: 'attribute_exists(pk)', values: { ':yes': true } },
    () => codeError('link', 'unknown'),
  ).then(
    () => true,
    // A code gone meanwhile: the phone is told so when it previews it.
    (error: Error) => {
      if (error instanceof ApiError) return false;
      throw error;
    },
  );

/** Short English messages: the web app words each code fully in EN/FR/DE (web/src/link/approval-strings.ts). */
export const approvalErrors = {
  pending: () => new ApiError(409, 'link_approval_pending', 'Approve this phone on your computer.'),
  refused: () => new ApiError(403, 'link_refused', 'The link was refused on the computer.'),
  notPending: () => new ApiError(409, 'link_approval_gone', 'This request is no longer waiting.'),
};

/**
 * Called by the claim before the code is consumed. A scanned code goes on at once; a typed one goes
 * on only once this very name was approved, otherwise the request is put (again) before the citizen.
 */
export async function requireApproval(c: Context, deps: Deps, token: string, deviceName: string) {
  const codeId = codeIdOf(token);
  const code = await readLinkCode(deps, codeId);
  if (!code?.typed) return;
  if (code.approval === 'refused') throw approvalErrors.refused();
  if (code.approval === 'approved' && code.approvalName === deviceName) return;
  await transition<LinkCode>(
    deps,
    'link',
    codeId,
    {
      set: 'SET approval = :pending, approvalName = :name, approvalBrowser = :browser',
      condition:
        'attribute_exists(pk) AND #state <> :linked AND (attribute_not_exists(approval) OR approval <> :refused)',
      values: {
        ':pending': 'pending',
        ':refused': 'refused',
        ':linked': 'linked',
        ':name': deviceName,
        ':browser': browserName(c.req.header('user-agent')),
      },
    },
    () => approvalErrors.refused(),
  );
  throw approvalErrors.pending();
}

/** The computer's answer; it must name the phone it showed, so a rename in between is not approved. */
export async function decideApproval(
  deps: Deps,
  codeId: string,
  decision: { approve: boolean; deviceName: string },
) {
  await transition<LinkCode>(
    deps,
    'link',
    codeId,
    {
      set: 'SET approval = :decision',
      condition: 'approval = :pending AND approvalName = :name AND #state <> :linked AND validUntil > :now',
      values: {
        ':decision': decision.approve ? 'approved' : 'refused',
        ':pending': 'pending',
        ':name': decision.deviceName,
        ':linked': 'linked',
        ':now': deps.clock.now(),
      },
    },
    () => approvalErrors.notPending(),
  );
}

/** What the computer shows while a typed code waits for its approval. */
export function approvalView(code: LinkCode) {
  if (code.approval !== 'pending' || !code.approvalName) return {};
  return { approval: { deviceName: code.approvalName, browser: code.approvalBrowser ?? '' } };
}
