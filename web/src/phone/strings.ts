import type { Strings } from '../platform/i18n.js';

export const phoneStrings: Strings<
  | 'brand'
  | 'welcome'
  | 'intro'
  | 'offline'
  | 'language'
  | 'notFound'
  | 'home'
  | 'checking'
  | 'linkDevice'
  | 'addDocument'
  | 'hello'
  | 'linkedAs'
  | 'justLinked'
  | 'settings'
  | 'unlockTitle'
  | 'unlockIntro'
  | 'appPassword'
  | 'unlock'
  | 'unlocking'
  | 'useBiometrics'
  | 'wrongPassword'
  | 'wrongPasswordOne'
  | 'lockedTitle'
  | 'lockedText'
  | 'unlinkedTitle'
  | 'unlinkedText'
  | 'deviceName'
  | 'deviceNameHint'
  | 'save'
  | 'saved'
  | 'biometricsTitle'
  | 'biometricsOn'
  | 'biometricsOff'
  | 'biometricsUnavailable'
  | 'turnOn'
  | 'turnOff'
  | 'unlinkTitle'
  | 'unlinkText'
  | 'unlinkThisDevice'
  | 'confirmUnlink'
  | 'cancel'
  | 'back'
> = {
  en: {
    brand: 'Passerelle',
    welcome: 'Welcome',
    intro: 'Send documents from this phone into your procedures, and link it to your account.',
    offline:
      'You are offline. What you have started is kept on this phone and continues when the connection returns.',
    language: 'Language',
    notFound: 'This page does not exist.',
    home: 'Home',
    checking: 'Checking this phone…',
    linkDevice: 'Link a device',
    addDocument: 'Add a document',
    hello: 'Hello, {name}',
    linkedAs: 'This phone is linked to your account as “{device}”.',
    justLinked: 'This phone is now linked to your account.',
    settings: 'Settings',
    unlockTitle: 'Unlock the app',
    unlockIntro: 'This phone is linked to the account of {holder} as “{device}”.',
    appPassword: 'App password',
    unlock: 'Unlock',
    unlocking: 'Unlocking…',
    useBiometrics: 'Use face or fingerprint',
    wrongPassword: 'Wrong password. {count} attempts left before this phone is locked.',
    wrongPasswordOne: 'Wrong password. 1 attempt left before this phone is locked.',
    lockedTitle: 'This phone is locked',
    lockedText:
      'The app password was wrong 5 times, so this phone was locked. Link it again: on your computer, click ‘Link your device’.',
    unlinkedTitle: 'This phone is no longer linked',
    unlinkedText: 'It was unlinked from your account. To use it again, link it again from your computer.',
    deviceName: 'Device name',
    deviceNameHint: 'Shown in ‘My devices’ on your computer. At most 64 characters.',
    save: 'Save',
    saved: 'Saved.',
    biometricsTitle: 'Face or fingerprint',
    biometricsOn: 'You can unlock the app with your face or fingerprint.',
    biometricsOff: 'Face or fingerprint unlock is off: the app asks for its password.',
    biometricsUnavailable: 'This phone offers no face or fingerprint unlock to this browser.',
    turnOn: 'Turn on face or fingerprint unlock',
    turnOff: 'Turn off face or fingerprint unlock',
    unlinkTitle: 'Unlink this device',
    unlinkText: 'The app on this phone stops working for your account at once. You can link it again later.',
    unlinkThisDevice: 'Unlink this device',
    confirmUnlink: 'Yes, unlink this device',
    cancel: 'Cancel',
    back: 'Back',
  },
  fr: {
    brand: 'Passerelle',
    welcome: 'Bienvenue',
    intro: 'Envoyez des documents depuis ce téléphone dans vos démarches, et liez-le à votre compte.',
    offline:
      'Vous êtes hors ligne. Ce que vous avez commencé reste sur ce téléphone et reprend au retour de la connexion.',
    language: 'Langue',
    notFound: 'Cette page n’existe pas.',
    home: 'Accueil',
    checking: 'Vérification de ce téléphone…',
    linkDevice: 'Lier un appareil',
    addDocument: 'Ajouter un document',
    hello: 'Bonjour, {name}',
    linkedAs: 'Ce téléphone est lié à votre compte sous le nom « {device} ».',
    justLinked: 'Ce téléphone est maintenant lié à votre compte.',
    settings: 'Paramètres',
    unlockTitle: 'Déverrouiller l’application',
    unlockIntro: 'Ce téléphone est lié au compte de {holder} sous le nom « {device} ».',
    appPassword: 'Mot de passe de l’application',
    unlock: 'Déverrouiller',
    unlocking: 'Déverrouillage…',
    useBiometrics: 'Utiliser le visage ou l’empreinte',
    wrongPassword: 'Mot de passe incorrect. Encore {count} essais avant le verrouillage de ce téléphone.',
    wrongPasswordOne: 'Mot de passe incorrect. Encore 1 essai avant le verrouillage de ce téléphone.',
    lockedTitle: 'Ce téléphone est verrouillé',
    lockedText:
      'Le mot de passe de l’application a été erroné 5 fois : ce téléphone a été verrouillé. Liez-le de nouveau : sur votre ordinateur, cliquez sur « Lier votre appareil ».',
    unlinkedTitle: 'Ce téléphone n’est plus lié',
    unlinkedText:
      'Il a été délié de votre compte. Pour l’utiliser de nouveau, liez-le depuis votre ordinateur.',
    deviceName: 'Nom de l’appareil',
    deviceNameHint: 'Affiché dans « Mes appareils » sur votre ordinateur. 64 caractères au maximum.',
    save: 'Enregistrer',
    saved: 'Enregistré.',
    biometricsTitle: 'Visage ou empreinte',
    biometricsOn: 'Vous pouvez déverrouiller l’application avec votre visage ou votre empreinte.',
    biometricsOff:
      'Le déverrouillage par visage ou empreinte est désactivé : l’application demande son mot de passe.',
    biometricsUnavailable:
      'Ce téléphone ne propose pas de déverrouillage par visage ou empreinte à ce navigateur.',
    turnOn: 'Activer le déverrouillage par visage ou empreinte',
    turnOff: 'Désactiver le déverrouillage par visage ou empreinte',
    unlinkTitle: 'Délier cet appareil',
    unlinkText:
      'L’application de ce téléphone cesse aussitôt de fonctionner pour votre compte. Vous pourrez le lier de nouveau plus tard.',
    unlinkThisDevice: 'Délier cet appareil',
    confirmUnlink: 'Oui, délier cet appareil',
    cancel: 'Annuler',
    back: 'Retour',
  },
  de: {
    brand: 'Passerelle',
    welcome: 'Willkommen',
    intro: 'Senden Sie Dokumente von diesem Telefon in Ihre Verfahren und verknüpfen Sie es mit Ihrem Konto.',
    offline:
      'Sie sind offline. Was Sie begonnen haben, bleibt auf diesem Telefon und wird fortgesetzt, sobald die Verbindung zurück ist.',
    language: 'Sprache',
    notFound: 'Diese Seite gibt es nicht.',
    home: 'Startseite',
    checking: 'Dieses Telefon wird geprüft…',
    linkDevice: 'Gerät verknüpfen',
    addDocument: 'Dokument hinzufügen',
    hello: 'Guten Tag, {name}',
    linkedAs: 'Dieses Telefon ist als „{device}“ mit Ihrem Konto verknüpft.',
    justLinked: 'Dieses Telefon ist jetzt mit Ihrem Konto verknüpft.',
    settings: 'Einstellungen',
    unlockTitle: 'App entsperren',
    unlockIntro: 'Dieses Telefon ist als „{device}“ mit dem Konto von {holder} verknüpft.',
    appPassword: 'App-Passwort',
    unlock: 'Entsperren',
    unlocking: 'Wird entsperrt…',
    useBiometrics: 'Gesicht oder Fingerabdruck verwenden',
    wrongPassword: 'Falsches Passwort. Noch {count} Versuche, bevor dieses Telefon gesperrt wird.',
    wrongPasswordOne: 'Falsches Passwort. Noch 1 Versuch, bevor dieses Telefon gesperrt wird.',
    lockedTitle: 'Dieses Telefon ist gesperrt',
    lockedText:
      'Das App-Passwort war 5-mal falsch, deshalb wurde dieses Telefon gesperrt. Verknüpfen Sie es erneut: Klicken Sie auf Ihrem Computer auf „Gerät verknüpfen“.',
    unlinkedTitle: 'Dieses Telefon ist nicht mehr verknüpft',
    unlinkedText:
      'Die Verknüpfung mit Ihrem Konto wurde aufgehoben. Um es wieder zu nutzen, verknüpfen Sie es erneut von Ihrem Computer aus.',
    deviceName: 'Gerätename',
    deviceNameHint: 'Wird unter „Meine Geräte“ auf Ihrem Computer angezeigt. Höchstens 64 Zeichen.',
    save: 'Speichern',
    saved: 'Gespeichert.',
    biometricsTitle: 'Gesicht oder Fingerabdruck',
    biometricsOn: 'Sie können die App mit Gesicht oder Fingerabdruck entsperren.',
    biometricsOff: 'Entsperren mit Gesicht oder Fingerabdruck ist aus: Die App fragt nach ihrem Passwort.',
    biometricsUnavailable:
      'Dieses Telefon bietet diesem Browser kein Entsperren mit Gesicht oder Fingerabdruck an.',
    turnOn: 'Entsperren mit Gesicht oder Fingerabdruck einschalten',
    turnOff: 'Entsperren mit Gesicht oder Fingerabdruck ausschalten',
    unlinkTitle: 'Verknüpfung mit diesem Gerät aufheben',
    unlinkText:
      'Die App auf diesem Telefon funktioniert sofort nicht mehr für Ihr Konto. Sie können es später erneut verknüpfen.',
    unlinkThisDevice: 'Verknüpfung aufheben',
    confirmUnlink: 'Ja, Verknüpfung aufheben',
    cancel: 'Abbrechen',
    back: 'Zurück',
  },
};
