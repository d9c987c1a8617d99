import { localizedBrowserName } from '../../../shared/browser-name.js';
import { html, type Mail } from '../platform/mail.js';

export type MailLanguage = 'en' | 'fr' | 'de';

const words = {
  en: {
    locale: 'en-GB',
    subject: 'A device was linked to your Passerelle account',
    hello: 'Hello {name},',
    linked: 'The device below was linked to your Passerelle account.',
    device: 'Device',
    time: 'When',
    browser: 'Browser',
    timeZone: 'Luxembourg time',
    ifYou: 'If this was you, there is nothing to do.',
    ifNot:
      'If it was not you, unlink the device at once. The link opens a page where you confirm; it works once, without signing in.',
    unlink: 'This wasn’t me — unlink this device',
    automatic: 'This email was sent automatically. Do not reply to it.',
  },
  fr: {
    locale: 'fr-LU',
    subject: 'Un appareil a été lié à votre compte Passerelle',
    hello: 'Bonjour {name},',
    linked: 'L’appareil ci-dessous a été lié à votre compte Passerelle.',
    device: 'Appareil',
    time: 'Quand',
    browser: 'Navigateur',
    timeZone: 'heure de Luxembourg',
    ifYou: 'Si c’était vous, vous n’avez rien à faire.',
    ifNot:
      'Si ce n’était pas vous, déliez l’appareil tout de suite. Le lien ouvre une page où vous confirmez ; il fonctionne une fois, sans connexion.',
    unlink: 'Ce n’était pas moi — délier cet appareil',
    automatic: 'Cet e-mail a été envoyé automatiquement. N’y répondez pas.',
  },
  de: {
    locale: 'de-LU',
    subject: 'Ein Gerät wurde mit Ihrem Passerelle-Konto verknüpft',
    hello: 'Guten Tag {name},',
    linked: 'Das folgende Gerät wurde mit Ihrem Passerelle-Konto verknüpft.',
    device: 'Gerät',
    time: 'Wann',
    browser: 'Browser',
    timeZone: 'Luxemburger Zeit',
    ifYou: 'Wenn Sie das waren, ist nichts zu tun.',
    ifNot:
      'Wenn Sie es nicht waren, heben Sie die Verknüpfung sofort auf. Der Link öffnet eine Seite, auf der Sie bestätigen; er funktioniert einmal, ohne Anmeldung.',
    unlink: 'Das war ich nicht — Verknüpfung mit diesem Gerät aufheben',
    automatic: 'Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht darauf.',
  },
} satisfies Record<MailLanguage, Record<string, string>>;

/** The confirmation email of a new link (DESIGN.md Flow 1, step 5), in the phone's language. */
export function linkConfirmationEmail(input: {
  to: string;
  holderName: string;
  deviceName: string;
  browser: string;
  linkedAt: Date;
  unlinkUrl: string;
  language: MailLanguage;
}): Mail {
  const w = words[input.language];
  const when = `${new Intl.DateTimeFormat(w.locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Luxembourg',
  }).format(input.linkedAt)} (${w.timeZone})`;
  const hello = w.hello.replace('{name}', input.holderName);
  const rows: [string, string][] = [
    [w.device, input.deviceName],
    [w.time, when],
    [w.browser, localizedBrowserName(input.browser, input.language)],
  ];
  const text = [
    hello,
    '',
    w.linked,
    '',
    // French puts a no-break space before the colon.
    ...rows.map(([label, value]) => `${label}${input.language === 'fr' ? '\u00a0:' : ':'} ${value}`),
    '',
    w.ifYou,
    w.ifNot,
    '',
    `${w.unlink}:`,
    input.unlinkUrl,
    '',
    w.automatic,
  ].join('\n');
  const body = html`<!doctype html>
<html lang="${input.language}"><body style="font-family: sans-serif; line-height: 1.5; color: #1b1b1b">
<p>${hello}</p>
<p>${w.linked}</p>
<table role="presentation">${rows.map(([label, value]) => html`<tr><th align="left">${label}</th><td>${value}</td></tr>`)}</table>
<p>${w.ifYou}</p>
<p>${w.ifNot}</p>
<p><a href="${input.unlinkUrl}">${w.unlink}</a></p>
<p style="color: #545454">${w.automatic}</p>
</body></html>`;
  return { to: input.to, subject: w.subject, text, html: body };
}
