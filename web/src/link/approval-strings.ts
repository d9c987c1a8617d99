import type { Strings } from '../platform/i18n.js';

/** A link by typed code: the computer's 'Is this your phone?' and the phone's wait for it. */
export const approvalStrings: Strings<
  | 'approveTitle'
  | 'approveText'
  | 'approveWarning'
  | 'approveYes'
  | 'approveNo'
  | 'waitTitle'
  | 'waitText'
  | 'waitHint'
> = {
  en: {
    approveTitle: 'Is this your phone?',
    approveText: 'A phone that typed your code asks to be linked to your account: “{device}” ({browser}).',
    approveWarning:
      'Only say yes if you typed the code on your own phone just now. If someone asked you for the code, say no: nobody from the administration ever needs it.',
    approveYes: 'Yes, link it',
    approveNo: 'No, this is not my phone',
    waitTitle: 'Approve on your computer',
    waitText: 'On your computer, check that “{device}” is shown and choose ‘Yes, link it’.',
    waitHint: 'This screen carries on by itself once you have answered.',
  },
  fr: {
    approveTitle: 'Est-ce votre téléphone\u00a0?',
    approveText:
      'Un téléphone qui a saisi votre code demande à être lié à votre compte\u00a0: «\u00a0{device}\u00a0» ({browser}).',
    approveWarning:
      'Ne répondez oui que si vous venez de saisir le code sur votre propre téléphone. Si quelqu’un vous a demandé ce code, répondez non\u00a0: personne de l’administration n’en a jamais besoin.',
    approveYes: 'Oui, le lier',
    approveNo: 'Non, ce n’est pas mon téléphone',
    waitTitle: 'Approuvez sur votre ordinateur',
    waitText:
      'Sur votre ordinateur, vérifiez que «\u00a0{device}\u00a0» est affiché et choisissez «\u00a0Oui, le lier\u00a0».',
    waitHint: 'Cet écran continue tout seul dès que vous avez répondu.',
  },
  de: {
    approveTitle: 'Ist das Ihr Telefon?',
    approveText:
      'Ein Telefon, das Ihren Code eingegeben hat, möchte mit Ihrem Konto verknüpft werden: „{device}“ ({browser}).',
    approveWarning:
      'Sagen Sie nur Ja, wenn Sie den Code gerade auf Ihrem eigenen Telefon eingegeben haben. Wenn jemand Sie nach dem Code gefragt hat, sagen Sie Nein: Niemand von der Verwaltung braucht ihn jemals.',
    approveYes: 'Ja, verknüpfen',
    approveNo: 'Nein, das ist nicht mein Telefon',
    waitTitle: 'Auf dem Computer bestätigen',
    waitText:
      'Prüfen Sie auf Ihrem Computer, dass „{device}“ angezeigt wird, und wählen Sie „Ja, verknüpfen“.',
    waitHint: 'Dieser Bildschirm geht von selbst weiter, sobald Sie geantwortet haben.',
  },
};
