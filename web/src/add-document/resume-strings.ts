import type { Strings } from '../platform/i18n.js';

/** Never stuck: the home's 'document in progress', the offline screen, 'Add another document'. */
export const resumeStrings: Strings<
  | 'inProgressTitle'
  | 'continueAdding'
  | 'timeLeft'
  | 'waitingToSend'
  | 'waitingForCode'
  | 'continue'
  | 'offlineTitle'
  | 'offlineText'
  | 'addAnother'
> = {
  en: {
    inProgressTitle: 'Document in progress',
    continueAdding: 'Continue adding “{name}” to “{procedure}”',
    timeLeft: '{time} left to finish',
    waitingToSend: 'Your document is on this phone, waiting to be sent.',
    waitingForCode: 'A document is waiting on this phone: scan a new code from your computer to send it.',
    continue: 'Continue',
    offlineTitle: 'Your phone is offline',
    offlineText:
      'Everything you did is kept on this phone. This screen carries on by itself as soon as your phone is back online.',
    addAnother: 'Add another document',
  },
  fr: {
    inProgressTitle: 'Document en cours',
    continueAdding: 'Continuer d’ajouter «\u00a0{name}\u00a0» à «\u00a0{procedure}\u00a0»',
    timeLeft: 'Encore {time} pour terminer',
    waitingToSend: 'Votre document est sur ce téléphone, en attente d’envoi.',
    waitingForCode:
      'Un document attend sur ce téléphone\u00a0: scannez un nouveau code sur votre ordinateur pour l’envoyer.',
    continue: 'Continuer',
    offlineTitle: 'Votre téléphone est hors ligne',
    offlineText:
      'Tout ce que vous avez fait est conservé sur ce téléphone. Cet écran continue tout seul dès que votre téléphone est de nouveau en ligne.',
    addAnother: 'Ajouter un autre document',
  },
  de: {
    inProgressTitle: 'Dokument in Bearbeitung',
    continueAdding: '„{name}“ weiter zu „{procedure}“ hinzufügen',
    timeLeft: 'Noch {time} zum Abschließen',
    waitingToSend: 'Ihr Dokument ist auf diesem Telefon und wartet auf das Senden.',
    waitingForCode:
      'Ein Dokument wartet auf diesem Telefon: Scannen Sie einen neuen Code von Ihrem Computer, um es zu senden.',
    continue: 'Weiter',
    offlineTitle: 'Ihr Telefon ist offline',
    offlineText:
      'Alles, was Sie getan haben, bleibt auf diesem Telefon. Dieser Bildschirm geht von selbst weiter, sobald Ihr Telefon wieder online ist.',
    addAnother: 'Weiteres Dokument hinzufügen',
  },
};
