import { epochSeconds } from '../platform/clock.js';
import type { Deps } from '../platform/deps.js';
import { type Mail, sendMail } from '../platform/mail.js';
import { newId } from '../platform/tokens.js';
import {
  deleteEntry,
  leaseEntry,
  type OutboxEntry,
  type OutboxKind,
  outboxPages,
  outboxSk,
  putNewEntry,
  scheduleRetry,
} from './outbox-record.js';

export type { OutboxEntry, OutboxKind } from './outbox-record.js';

/**
 * The email outbox (SECURITY.md row 40): an email is recorded before it is sent and removed only once
 * SES took it, so an outage of SES delays it and never loses it. Sending is tried at once, then by
 * the sweep with a growing delay, until it succeeds or, after `MAX_MAIL_TRIES`, is given up with an
 * error line and the `EmailGivenUp` metric (alarmed on AWS: infra/lib/observability.ts).
 */
export const MAX_MAIL_TRIES = 8;
/** One sending attempt holds an item this long, so a request and a sweep never send it twice at once. */
const SEND_LEASE_MS = 60_000;
/** Kept a week at most (TTL), given up long before. */
const KEPT_SECONDS = 7 * 24 * 60 * 60;

/** 1, 2, 4 … minutes after each failed try, at most an hour: eight tries span about two hours. */
export const retryDelayMs = (tries: number) => Math.min(60 * 60_000, 60_000 * 2 ** Math.max(0, tries - 1));

/** Turns an entry's data into the mail to send; imported when first needed (the sweep's part only). */
const composers: Record<OutboxKind, (deps: Deps, data: Record<string, string>) => Promise<Mail>> = {
  'link-confirmation': async (deps: Deps, data: Record<string, string>): Promise<Mail> =>
    (await import('../link/link-confirmation.js')).composeLinkConfirmation(deps, data),
};

/** Records an email to send; the caller then tries `deliver` at once. */
export async function enqueueMail(deps: Deps, kind: OutboxKind, data: Record<string, string>) {
  const now = deps.clock.now();
  return putNewEntry(deps, {
    sk: outboxSk(newId()),
    kind,
    data,
    tries: 0,
    nextAttemptAt: now,
    createdAt: now,
    expiresAt: epochSeconds(now) + KEPT_SECONDS,
  });
}

export type Delivery = 'sent' | 'retry' | 'given-up' | 'busy';

/** One attempt to send an entry, under its lease; the outcome is written back to the outbox. */
export async function deliver(deps: Deps, entry: OutboxEntry): Promise<Delivery> {
  const now = deps.clock.now();
  const tries = entry.tries + 1;
  if (!(await leaseEntry(deps, entry, now, now + SEND_LEASE_MS))) return 'busy';
  let failure: Error;
  try {
    await sendMail(deps, await composers[entry.kind](deps, entry.data));
    await deleteEntry(deps, entry);
    return 'sent';
  } catch (error) {
    failure = error as Error;
  }
  if (tries >= MAX_MAIL_TRIES) {
    await deleteEntry(deps, entry);
    // What an operator must see: an email that will never arrive (the citizen is not told otherwise).
    deps.log.error('email given up', { kind: entry.kind, tries, error: failure.name });
    deps.metrics.record('EmailGivenUp');
    return 'given-up';
  }
  deps.log.warn('email not sent, will retry', { kind: entry.kind, tries, error: failure.name });
  await scheduleRetry(deps, entry, tries, now + retryDelayMs(tries));
  return 'retry';
}

export interface OutboxSweep {
  sent: number;
  retried: number;
  givenUp: number;
  /** Emails still waiting after this pass: the `EmailOutboxDepth` metric. */
  depth: number;
}

/** Sends every entry that is due; records how many still wait. */
export async function sweepOutbox(deps: Deps): Promise<OutboxSweep> {
  const result: OutboxSweep = { sent: 0, retried: 0, givenUp: 0, depth: 0 };
  const now = deps.clock.now();
  for await (const entries of outboxPages(deps)) {
    for (const entry of entries) {
      const due = entry.nextAttemptAt <= now && (entry.leaseUntil ?? 0) <= now;
      const outcome = due ? await deliver(deps, entry).catch(() => 'retry' as const) : 'busy';
      if (outcome === 'sent') result.sent++;
      else if (outcome === 'given-up') result.givenUp++;
      else {
        if (outcome === 'retry') result.retried++;
        result.depth++;
      }
    }
  }
  deps.metrics.record('EmailOutboxDepth', result.depth);
  return result;
}
