import type { Strings } from '../platform/i18n.js';

/** Unlock: face or fingerprint asked at once, and 'Forgot your app password?' (issues 11 and 13). */
export const unlockStrings: Strings<
  | 'biometricsAsked'
  | 'biometricsNotUsed'
  | 'forgot'
  | 'forgotNobody'
  | 'forgotSteps'
  | 'forgotStep1'
  | 'forgotStep2'
  | 'forgotStep3'
  | 'forgotOldLink'
  | 'linkAgain'
  | 'offlineUnlock'
> = {
  en: {
    biometricsAsked: 'Your phone asks for your face or fingerprint. You can also type your app password.',
    biometricsNotUsed: 'Face or fingerprint was not used. Type your app password, or try again.',
    forgot: 'Forgot your app password?',
    forgotNobody:
      'Nobody can show or reset your app password: it is known only to you and protects your account on this phone.',
    forgotSteps: 'To choose a new one, link this phone to your account again:',
    forgotStep1: 'On your computer, sign in and click ‘Link your device’ at the top of the page.',
    forgotStep2:
      'On this phone, tap ‘Link this phone again’ below, then scan the QR code (or type its code).',
    forgotStep3: 'Choose a new app password.',
    forgotOldLink:
      'This phone forgets its current link. Until you unlink it, the old link stays in ‘My devices’ on your computer, where you can remove it.',
    linkAgain: 'Link this phone again',
    offlineUnlock:
      'Unlocking needs the internet: once this phone is connected again, this screen continues by itself.',
  },
  fr: {
    biometricsAsked:
      'Votre téléphone demande votre visage ou votre empreinte. Vous pouvez aussi saisir le mot de passe de l’application.',
    biometricsNotUsed:
      'Le visage ou l’empreinte n’a pas été utilisé. Saisissez le mot de passe de l’application, ou réessayez.',
    forgot: 'Mot de passe de l’application oublié\u00a0?',
    forgotNobody:
      'Personne ne peut afficher ni réinitialiser le mot de passe de l’application\u00a0: vous seul le connaissez, et il protège votre compte sur ce téléphone.',
    forgotSteps: 'Pour en choisir un nouveau, liez de nouveau ce téléphone à votre compte\u00a0:',
    forgotStep1:
      'Sur votre ordinateur, connectez-vous et cliquez sur «\u00a0Lier votre appareil\u00a0» en haut de la page.',
    forgotStep2:
      'Sur ce téléphone, touchez «\u00a0Lier de nouveau ce téléphone\u00a0» ci-dessous, puis scannez le code QR (ou saisissez son code).',
    forgotStep3: 'Choisissez un nouveau mot de passe pour l’application.',
    forgotOldLink:
      'Ce téléphone oublie sa liaison actuelle. Tant que vous ne la supprimez pas, l’ancienne liaison reste dans «\u00a0Mes appareils\u00a0» sur votre ordinateur, où vous pouvez la retirer.',
    linkAgain: 'Lier de nouveau ce téléphone',
    offlineUnlock:
      'Le déverrouillage a besoin d’internet : dès que ce téléphone est de nouveau connecté, cet écran continue tout seul.',
  },
  de: {
    biometricsAsked:
      'Ihr Telefon fragt nach Ihrem Gesicht oder Fingerabdruck. Sie können auch Ihr App-Passwort eingeben.',
    biometricsNotUsed:
      'Gesicht oder Fingerabdruck wurde nicht verwendet. Geben Sie Ihr App-Passwort ein oder versuchen Sie es erneut.',
    forgot: 'App-Passwort vergessen?',
    forgotNobody:
      'Niemand kann Ihr App-Passwort anzeigen oder zurücksetzen: Nur Sie kennen es, und es schützt Ihr Konto auf diesem Telefon.',
    forgotSteps: 'Um ein neues zu wählen, verknüpfen Sie dieses Telefon erneut mit Ihrem Konto:',
    forgotStep1:
      'Melden Sie sich auf Ihrem Computer an und klicken Sie oben auf der Seite auf „Gerät verknüpfen“.',
    forgotStep2:
      'Tippen Sie auf diesem Telefon unten auf „Dieses Telefon erneut verknüpfen“ und scannen Sie dann den QR-Code (oder geben Sie seinen Code ein).',
    forgotStep3: 'Wählen Sie ein neues App-Passwort.',
    forgotOldLink:
      'Dieses Telefon vergisst seine bisherige Verknüpfung. Bis Sie sie aufheben, bleibt die alte Verknüpfung unter „Meine Geräte“ auf Ihrem Computer, wo Sie sie entfernen können.',
    linkAgain: 'Dieses Telefon erneut verknüpfen',
    offlineUnlock:
      'Zum Entsperren ist eine Internetverbindung nötig: Sobald dieses Telefon wieder verbunden ist, geht es hier von selbst weiter.',
  },
};
