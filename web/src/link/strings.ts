import type { Strings } from '../platform/i18n.js';

/** 'Link your device' (computer) and 'Link a device' (phone). Quoted labels are the guide's own. */
export const linkStrings: Strings<
  | 'linkYourDevice'
  | 'desktopIntro'
  | 'qrLabel'
  | 'expiresIn'
  | 'renewing'
  | 'statusWaiting'
  | 'statusScanned'
  | 'statusLinked'
  | 'onYourPhone'
  | 'step1'
  | 'step2'
  | 'step3'
  | 'step4'
  | 'step5'
  | 'holdStill'
  | 'thenChoose'
  | 'singleUse'
  | 'linkAnother'
  | 'myDevices'
  | 'signInAgain'
  | 'retry'
  | 'linkTitle'
  | 'linkIntro'
  | 'linkIntro2'
  | 'continue'
  | 'cancel'
  | 'checkingCode'
  | 'confirmTitle'
  | 'holder'
  | 'site'
  | 'confirmWarning'
  | 'formTitle'
  | 'password'
  | 'passwordHint'
  | 'repeatPassword'
  | 'deviceName'
  | 'deviceNameHint'
  | 'linkThisDevice'
  | 'linking'
  | 'mismatch'
  | 'showPasswords'
  | 'checkingPassword'
  | 'biometricsTitle'
  | 'biometricsText'
  | 'useBiometrics'
  | 'notNow'
  | 'biometricsFailed'
  | 'scanAgain'
  | 'home'
  | 'alreadyLinkedTitle'
  | 'alreadyLinkedText'
  | 'settings'
> = {
  en: {
    linkYourDevice: 'Link your device',
    desktopIntro:
      'Scan this QR code with the Passerelle app on your smartphone or tablet to link it to your account.',
    qrLabel: 'QR code to scan with your smartphone or tablet',
    expiresIn: 'This QR code expires in {time}. A new one appears on its own.',
    renewing: 'Making a new QR code…',
    statusWaiting: 'Waiting for your phone to scan the QR code…',
    statusScanned: 'Scanned. Finish on your phone.',
    statusLinked: '“{device}” is now linked to your account.',
    onYourPhone: 'On your smartphone or tablet:',
    step1: 'Open the mobile app and tap ‘Link a device’.',
    step2: 'Tap ‘Continue’.',
    step3: 'If you’re using an Android device, confirm the use of the camera by tapping ‘Continue’.',
    step4:
      'Authorise the app to access the camera. You can change your choice at any time in the device’s system settings.',
    step5: 'Scan the QR code shown on this page.',
    holdStill: 'Hold your device still for a few seconds to ensure that the QR code is scanned correctly.',
    thenChoose: 'Then choose an app password and a name for your device. An email confirms the link.',
    singleUse: 'Each QR code can only link one device. To link another device, generate a new QR code.',
    linkAnother: 'Link another device',
    myDevices: 'My devices',
    signInAgain: 'Sign in again',
    retry: 'Try again',
    linkTitle: 'Link a device',
    linkIntro:
      'To link this phone to your account, sign in on your computer and click ‘Link your device’ at the top of the page. A QR code appears.',
    linkIntro2: 'You will scan it with this phone, then choose an app password and a name for this phone.',
    continue: 'Continue',
    cancel: 'Cancel',
    checkingCode: 'Checking the QR code…',
    confirmTitle: 'Link this phone to this account?',
    holder: 'Account holder',
    site: 'Site',
    confirmWarning:
      'Only continue if this is your name and you started this on your own computer just now. If not, tap ‘Cancel’: someone may be trying to use your phone.',
    formTitle: 'Choose your app password',
    password: 'App password',
    passwordHint: 'At least 8 characters. Long passphrases, spaces and accents are welcome.',
    repeatPassword: 'Repeat the app password',
    deviceName: 'Name of this device',
    deviceNameHint: 'Shown in ‘My devices’ and in the confirmation email. At most 64 characters.',
    linkThisDevice: 'Link this device',
    linking: 'Linking this device…',
    mismatch: 'The two passwords are not the same. Correct one of them.',
    showPasswords: 'Show passwords',
    checkingPassword: 'Checking the password…',
    biometricsTitle: 'Use face or fingerprint to unlock?',
    biometricsText:
      'Unlock the app with your face or fingerprint instead of the password. You can change this in Settings.',
    useBiometrics: 'Use face or fingerprint',
    notNow: 'Not now',
    biometricsFailed: 'Face or fingerprint unlock could not be set up. You can try again later in Settings.',
    scanAgain: 'Scan again',
    home: 'Home',
    alreadyLinkedTitle: 'This phone is already linked',
    alreadyLinkedText: 'To link it to another account, first unlink it in Settings.',
    settings: 'Settings',
  },
  fr: {
    linkYourDevice: 'Lier votre appareil',
    desktopIntro:
      'Scannez ce code QR avec l’application Passerelle de votre smartphone ou tablette pour le lier à votre compte.',
    qrLabel: 'Code QR à scanner avec votre smartphone ou tablette',
    expiresIn: 'Ce code QR expire dans {time}. Un nouveau code apparaît de lui-même.',
    renewing: 'Création d’un nouveau code QR…',
    statusWaiting: 'En attente du scan du code QR par votre téléphone…',
    statusScanned: 'Code scanné. Terminez sur votre téléphone.',
    statusLinked: '« {device} » est maintenant lié à votre compte.',
    onYourPhone: 'Sur votre smartphone ou tablette :',
    step1: 'Ouvrez l’application mobile et touchez « Lier un appareil ».',
    step2: 'Touchez « Continuer ».',
    step3: 'Sur un appareil Android, confirmez l’utilisation de l’appareil photo en touchant « Continuer ».',
    step4:
      'Autorisez l’application à accéder à l’appareil photo. Vous pouvez modifier ce choix à tout moment dans les paramètres système de l’appareil.',
    step5: 'Scannez le code QR affiché sur cette page.',
    holdStill: 'Tenez votre appareil immobile quelques secondes pour que le code QR soit bien scanné.',
    thenChoose:
      'Choisissez ensuite un mot de passe pour l’application et un nom pour votre appareil. Un e-mail confirme la liaison.',
    singleUse:
      'Chaque code QR ne peut lier qu’un seul appareil. Pour lier un autre appareil, générez un nouveau code QR.',
    linkAnother: 'Lier un autre appareil',
    myDevices: 'Mes appareils',
    signInAgain: 'Se reconnecter',
    retry: 'Réessayer',
    linkTitle: 'Lier un appareil',
    linkIntro:
      'Pour lier ce téléphone à votre compte, connectez-vous sur votre ordinateur et cliquez sur « Lier votre appareil » en haut de la page. Un code QR apparaît.',
    linkIntro2:
      'Vous le scannerez avec ce téléphone, puis choisirez un mot de passe pour l’application et un nom pour ce téléphone.',
    continue: 'Continuer',
    cancel: 'Annuler',
    checkingCode: 'Vérification du code QR…',
    confirmTitle: 'Lier ce téléphone à ce compte ?',
    holder: 'Titulaire du compte',
    site: 'Site',
    confirmWarning:
      'Ne continuez que s’il s’agit de votre nom et que vous venez de commencer vous-même sur votre ordinateur. Sinon, touchez « Annuler » : quelqu’un essaie peut-être d’utiliser votre téléphone.',
    formTitle: 'Choisissez le mot de passe de l’application',
    password: 'Mot de passe de l’application',
    passwordHint: 'Au moins 8 caractères. Les longues phrases, les espaces et les accents sont bienvenus.',
    repeatPassword: 'Répétez le mot de passe',
    deviceName: 'Nom de cet appareil',
    deviceNameHint:
      'Affiché dans « Mes appareils » et dans l’e-mail de confirmation. 64 caractères au maximum.',
    linkThisDevice: 'Lier cet appareil',
    linking: 'Liaison de cet appareil…',
    mismatch: 'Les deux mots de passe ne sont pas identiques. Corrigez l’un des deux.',
    showPasswords: 'Afficher les mots de passe',
    checkingPassword: 'Vérification du mot de passe…',
    biometricsTitle: 'Utiliser le visage ou l’empreinte pour déverrouiller ?',
    biometricsText:
      'Déverrouillez l’application avec votre visage ou votre empreinte au lieu du mot de passe. Vous pouvez changer cela dans les paramètres.',
    useBiometrics: 'Utiliser le visage ou l’empreinte',
    notNow: 'Pas maintenant',
    biometricsFailed:
      'Le déverrouillage par visage ou empreinte n’a pas pu être configuré. Vous pourrez réessayer plus tard dans les paramètres.',
    scanAgain: 'Scanner de nouveau',
    home: 'Accueil',
    alreadyLinkedTitle: 'Ce téléphone est déjà lié',
    alreadyLinkedText: 'Pour le lier à un autre compte, déliez-le d’abord dans les paramètres.',
    settings: 'Paramètres',
  },
  de: {
    linkYourDevice: 'Gerät verknüpfen',
    desktopIntro:
      'Scannen Sie diesen QR-Code mit der Passerelle-App auf Ihrem Smartphone oder Tablet, um es mit Ihrem Konto zu verknüpfen.',
    qrLabel: 'QR-Code zum Scannen mit Ihrem Smartphone oder Tablet',
    expiresIn: 'Dieser QR-Code läuft in {time} ab. Ein neuer erscheint von selbst.',
    renewing: 'Neuer QR-Code wird erstellt…',
    statusWaiting: 'Warten, bis Ihr Telefon den QR-Code scannt…',
    statusScanned: 'Code gescannt. Schließen Sie auf Ihrem Telefon ab.',
    statusLinked: '„{device}“ ist jetzt mit Ihrem Konto verknüpft.',
    onYourPhone: 'Auf Ihrem Smartphone oder Tablet:',
    step1: 'Öffnen Sie die mobile App und tippen Sie auf „Gerät verknüpfen“.',
    step2: 'Tippen Sie auf „Weiter“.',
    step3: 'Auf einem Android-Gerät bestätigen Sie die Nutzung der Kamera mit „Weiter“.',
    step4:
      'Erlauben Sie der App den Zugriff auf die Kamera. Sie können Ihre Wahl jederzeit in den Systemeinstellungen des Geräts ändern.',
    step5: 'Scannen Sie den QR-Code auf dieser Seite.',
    holdStill: 'Halten Sie Ihr Gerät einige Sekunden ruhig, damit der QR-Code richtig gescannt wird.',
    thenChoose:
      'Wählen Sie dann ein App-Passwort und einen Namen für Ihr Gerät. Eine E-Mail bestätigt die Verknüpfung.',
    singleUse:
      'Jeder QR-Code kann nur ein Gerät verknüpfen. Für ein weiteres Gerät erzeugen Sie einen neuen QR-Code.',
    linkAnother: 'Weiteres Gerät verknüpfen',
    myDevices: 'Meine Geräte',
    signInAgain: 'Erneut anmelden',
    retry: 'Erneut versuchen',
    linkTitle: 'Gerät verknüpfen',
    linkIntro:
      'Um dieses Telefon mit Ihrem Konto zu verknüpfen, melden Sie sich am Computer an und klicken Sie oben auf der Seite auf „Gerät verknüpfen“. Ein QR-Code erscheint.',
    linkIntro2:
      'Sie scannen ihn mit diesem Telefon und wählen dann ein App-Passwort und einen Namen für dieses Telefon.',
    continue: 'Weiter',
    cancel: 'Abbrechen',
    checkingCode: 'QR-Code wird geprüft…',
    confirmTitle: 'Dieses Telefon mit diesem Konto verknüpfen?',
    holder: 'Kontoinhaber',
    site: 'Website',
    confirmWarning:
      'Fahren Sie nur fort, wenn das Ihr Name ist und Sie dies gerade selbst an Ihrem Computer begonnen haben. Andernfalls tippen Sie auf „Abbrechen“: Jemand versucht vielleicht, Ihr Telefon zu nutzen.',
    formTitle: 'Wählen Sie Ihr App-Passwort',
    password: 'App-Passwort',
    passwordHint: 'Mindestens 8 Zeichen. Lange Passphrasen, Leerzeichen und Umlaute sind willkommen.',
    repeatPassword: 'App-Passwort wiederholen',
    deviceName: 'Name dieses Geräts',
    deviceNameHint:
      'Wird unter „Meine Geräte“ und in der Bestätigungs-E-Mail angezeigt. Höchstens 64 Zeichen.',
    linkThisDevice: 'Dieses Gerät verknüpfen',
    linking: 'Gerät wird verknüpft…',
    mismatch: 'Die beiden Passwörter stimmen nicht überein. Korrigieren Sie eines davon.',
    showPasswords: 'Passwörter anzeigen',
    checkingPassword: 'Passwort wird geprüft…',
    biometricsTitle: 'Mit Gesicht oder Fingerabdruck entsperren?',
    biometricsText:
      'Entsperren Sie die App mit Gesicht oder Fingerabdruck statt mit dem Passwort. Sie können das in den Einstellungen ändern.',
    useBiometrics: 'Gesicht oder Fingerabdruck verwenden',
    notNow: 'Jetzt nicht',
    biometricsFailed:
      'Entsperren mit Gesicht oder Fingerabdruck konnte nicht eingerichtet werden. Sie können es später in den Einstellungen erneut versuchen.',
    scanAgain: 'Erneut scannen',
    home: 'Startseite',
    alreadyLinkedTitle: 'Dieses Telefon ist bereits verknüpft',
    alreadyLinkedText:
      'Um es mit einem anderen Konto zu verknüpfen, heben Sie zuerst in den Einstellungen die Verknüpfung auf.',
    settings: 'Einstellungen',
  },
};
