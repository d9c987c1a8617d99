import { createUnlinkLink } from '../devices/unlink-link-record.js';
import type { Deps } from '../platform/deps.js';
import type { Mail } from '../platform/mail.js';
import { linkConfirmationEmail, type MailLanguage } from './link-email.js';

/** What the outbox keeps for a link's confirmation email (outbox/outbox.ts): no token, no secret. */
export interface LinkConfirmationData extends Record<string, string> {
  to: string;
  holderName: string;
  citizenId: string;
  deviceId: string;
  deviceName: string;
  browser: string;
  linkedAt: string;
  origin: string;
  language: MailLanguage;
}

/**
 * The email, composed at each sending attempt: its unlink link is made then, so the outbox never
 * holds one, and a link sent late is valid for its whole lifetime from when it was sent.
 */
export async function composeLinkConfirmation(deps: Deps, data: Record<string, string>): Promise<Mail> {
  const input = data as LinkConfirmationData;
  const token = await createUnlinkLink(deps, { citizenId: input.citizenId, deviceId: input.deviceId });
  return linkConfirmationEmail({
    to: input.to,
    holderName: input.holderName,
    deviceName: input.deviceName,
    browser: input.browser,
    linkedAt: new Date(input.linkedAt),
    // A page of ours that asks to confirm: mail scanners that open links must not unlink anything.
    unlinkUrl: `${input.origin}/unlink-device#${token}`,
    language: input.language,
  });
}
