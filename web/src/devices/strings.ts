import type { Strings } from '../platform/i18n.js';

/** 'My devices' on the computer, and the page the confirmation email's unlink link opens. */
export const devicesStrings: Strings<
  | 'myDevices'
  | 'intro'
  | 'none'
  | 'linkYourDevice'
  | 'name'
  | 'linkedOn'
  | 'lastActivity'
  | 'status'
  | 'active'
  | 'locked'
  | 'biometrics'
  | 'unlink'
  | 'unlinkNamed'
  | 'confirmUnlink'
  | 'confirmText'
  | 'cancel'
  | 'unlinkedNamed'
  | 'loading'
  | 'retry'
  | 'emailTitle'
  | 'emailIntro'
  | 'emailDevice'
  | 'emailDeviceBrowser'
  | 'emailConsequence'
  | 'emailConfirm'
  | 'emailDone'
  | 'emailAfter'
  | 'emailNoToken'
  | 'goToPortal'
  | 'brand'
  | 'language'
> = {
  en: {
    myDevices: 'My devices',
    intro:
      'The smartphones and tablets linked to your account. Unlink any you do not recognise or no longer use.',
    none: 'No device is linked to your account.',
    linkYourDevice: 'Link your device',
    name: 'Name',
    linkedOn: 'Linked on',
    lastActivity: 'Last activity',
    status: 'Status',
    active: 'Linked',
    locked: 'Locked (wrong passwords)',
    biometrics: 'face or fingerprint',
    unlink: 'Unlink',
    unlinkNamed: 'Unlink {name}',
    confirmUnlink: 'Yes, unlink',
    confirmText: 'Unlink “{name}”? The app on that device stops working for your account at once.',
    cancel: 'Cancel',
    unlinkedNamed: '“{name}” is unlinked.',
    loading: 'Loading…',
    retry: 'Try again',
    emailTitle: 'Unlink a device',
    emailIntro: 'You opened the link from the email that confirmed a new device on your account.',
    emailDevice: '“{name}”, linked on {date}.',
    emailDeviceBrowser: '“{name}” ({browser}), linked on {date}.',
    emailConsequence:
      'If you did not link this device yourself, unlink it: the app on it stops working for your account at once.',
    emailConfirm: 'Unlink this device',
    emailDone: '“{name}” is unlinked from your account.',
    emailAfter:
      'If you did not link it, someone may have used a QR code from your computer. Sign in and check ‘My devices’.',
    emailNoToken: 'This page only works from the link in the email. Open the email again and use its link.',
    goToPortal: 'Go to Passerelle',
    brand: 'Passerelle',
    language: 'Language',
  },
  fr: {
    myDevices: 'Mes appareils',
    intro:
      'Les smartphones et tablettes liés à votre compte. Déliez ceux que vous ne reconnaissez pas ou n’utilisez plus.',
    none: 'Aucun appareil n’est lié à votre compte.',
    linkYourDevice: 'Lier votre appareil',
    name: 'Nom',
    linkedOn: 'Lié le',
    lastActivity: 'Dernière activité',
    status: 'État',
    active: 'Lié',
    locked: 'Verrouillé (mots de passe erronés)',
    biometrics: 'visage ou empreinte',
    unlink: 'Délier',
    unlinkNamed: 'Délier {name}',
    confirmUnlink: 'Oui, délier',
    confirmText:
      'Délier « {name} » ? L’application sur cet appareil cesse aussitôt de fonctionner pour votre compte.',
    cancel: 'Annuler',
    unlinkedNamed: '« {name} » est délié.',
    loading: 'Chargement…',
    retry: 'Réessayer',
    emailTitle: 'Délier un appareil',
    emailIntro: 'Vous avez ouvert le lien de l’e-mail qui confirmait un nouvel appareil sur votre compte.',
    emailDevice: '« {name} », lié le {date}.',
    emailDeviceBrowser: '« {name} » ({browser}), lié le {date}.',
    emailConsequence:
      'Si vous n’avez pas lié cet appareil vous-même, déliez-le : l’application qui s’y trouve cesse aussitôt de fonctionner pour votre compte.',
    emailConfirm: 'Délier cet appareil',
    emailDone: '« {name} » est délié de votre compte.',
    emailAfter:
      'Si vous ne l’avez pas lié, quelqu’un a peut-être utilisé un code QR de votre ordinateur. Connectez-vous et vérifiez « Mes appareils ».',
    emailNoToken:
      'Cette page ne fonctionne qu’avec le lien de l’e-mail. Rouvrez l’e-mail et utilisez son lien.',
    goToPortal: 'Aller sur Passerelle',
    brand: 'Passerelle',
    language: 'Langue',
  },
  de: {
    myDevices: 'Meine Geräte',
    intro:
      'Die mit Ihrem Konto verknüpften Smartphones und Tablets. Heben Sie die Verknüpfung mit Geräten auf, die Sie nicht kennen oder nicht mehr nutzen.',
    none: 'Mit Ihrem Konto ist kein Gerät verknüpft.',
    linkYourDevice: 'Gerät verknüpfen',
    name: 'Name',
    linkedOn: 'Verknüpft am',
    lastActivity: 'Letzte Aktivität',
    status: 'Status',
    active: 'Verknüpft',
    locked: 'Gesperrt (falsche Passwörter)',
    biometrics: 'Gesicht oder Fingerabdruck',
    unlink: 'Verknüpfung aufheben',
    unlinkNamed: 'Verknüpfung mit {name} aufheben',
    confirmUnlink: 'Ja, aufheben',
    confirmText:
      'Verknüpfung mit „{name}“ aufheben? Die App auf diesem Gerät funktioniert sofort nicht mehr für Ihr Konto.',
    cancel: 'Abbrechen',
    unlinkedNamed: 'Die Verknüpfung mit „{name}“ ist aufgehoben.',
    loading: 'Wird geladen…',
    retry: 'Erneut versuchen',
    emailTitle: 'Verknüpfung mit einem Gerät aufheben',
    emailIntro:
      'Sie haben den Link aus der E-Mail geöffnet, die ein neues Gerät an Ihrem Konto bestätigt hat.',
    emailDevice: '„{name}“, verknüpft am {date}.',
    emailDeviceBrowser: '„{name}“ ({browser}), verknüpft am {date}.',
    emailConsequence:
      'Wenn Sie dieses Gerät nicht selbst verknüpft haben, heben Sie die Verknüpfung auf: Die App darauf funktioniert sofort nicht mehr für Ihr Konto.',
    emailConfirm: 'Verknüpfung mit diesem Gerät aufheben',
    emailDone: 'Die Verknüpfung mit „{name}“ ist aufgehoben.',
    emailAfter:
      'Wenn Sie es nicht verknüpft haben, hat vielleicht jemand einen QR-Code von Ihrem Computer verwendet. Melden Sie sich an und prüfen Sie „Meine Geräte“.',
    emailNoToken:
      'Diese Seite funktioniert nur mit dem Link aus der E-Mail. Öffnen Sie die E-Mail erneut und verwenden Sie ihren Link.',
    goToPortal: 'Zu Passerelle',
    brand: 'Passerelle',
    language: 'Sprache',
  },
};
