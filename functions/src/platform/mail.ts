import type { Deps } from './deps.js';

export interface Mail {
  to: string;
  subject: string;
  /** Plain text, for mail readers that show no HTML and for screen readers that prefer it. */
  text: string;
  /** Build it with `html` below, so every value put into it is escaped. */
  html: SafeHtml;
}

/** HTML whose values have been escaped; only `html` makes one. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

// `&` first, so the entities written after it are not escaped again.
export const escapeHtml = (value: string) =>
  value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

/**
 * A tagged template that escapes every interpolated value (a device name is typed by whoever holds
 * the phone: SECURITY.md row 11), except nested `html` fragments.
 */
export function html(parts: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  // A template has one more part than values: each value sits between two parts.
  let out = '';
  for (const [index, part] of parts.entries()) {
    out += part;
    if (index >= values.length) continue;
    const value = values[index];
    const items = Array.isArray(value) ? value : [value];
    out += items
      .map((item) => (item instanceof SafeHtml ? item.value : escapeHtml(String(item ?? ''))))
      .join('');
  }
  return new SafeHtml(out);
}

/** Sends one email through SES v2 (aws-ses-v2-local on this machine). */
export async function sendMail(deps: Deps, mail: Mail): Promise<void> {
  // Loaded on first use: only linking sends mail (platform/lazy-clients.ts).
  const { SendEmailCommand } = await import('./ses-sdk.js');
  await (await deps.ses()).send(
    new SendEmailCommand({
      FromEmailAddress: deps.config.MAIL_FROM,
      Destination: { ToAddresses: [mail.to] },
      ConfigurationSetName: deps.config.SES_CONFIGURATION_SET,
      Content: {
        Simple: {
          Subject: { Data: mail.subject, Charset: 'UTF-8' },
          Body: {
            Text: { Data: mail.text, Charset: 'UTF-8' },
            Html: { Data: mail.html.value, Charset: 'UTF-8' },
          },
        },
      },
    }),
  );
}
