import type { Strings } from '../platform/i18n.js';

/** 'Continue' is the guide's label (spec/link-your-device.txt), quoted exactly. */
export const scannerStrings: Strings<
  | 'cameraTitle'
  | 'scanTitle'
  | 'whyCameraLink'
  | 'whyCameraAdd'
  | 'cameraPrivacy'
  | 'permissionAhead'
  | 'continue'
  | 'cancel'
  | 'starting'
  | 'holdStill'
  | 'notOurs'
  | 'otherSite'
  | 'notSecure'
  | 'wrongPurposeLink'
  | 'wrongPurposeAdd'
  | 'deniedTitle'
  | 'deniedText'
  | 'deniedAndroid'
  | 'deniedIphone'
  | 'deniedThenRetry'
  | 'tryAgain'
  | 'missingTitle'
  | 'missingText'
  | 'insecureTitle'
  | 'insecureText'
  | 'busyTitle'
  | 'busyText'
  | 'failedTitle'
  | 'failedText'
> = {
  en: {
    cameraTitle: 'Use your camera',
    scanTitle: 'Scan the QR code',
    whyCameraLink:
      'To link this phone, scan the QR code shown on your computer. Passerelle needs your camera to read it.',
    whyCameraAdd:
      'To add a document, scan the QR code shown on your computer. Passerelle needs your camera to read it.',
    cameraPrivacy: 'The camera picture stays on this phone: nothing is recorded or sent.',
    permissionAhead: 'Your browser will now ask whether Passerelle may use the camera. Choose Allow.',
    continue: 'Continue',
    cancel: 'Cancel',
    starting: 'Starting the camera…',
    holdStill: 'Hold your device still, with the QR code inside the frame.',
    notOurs: 'This QR code is not a Passerelle code. Scan the code shown on your computer.',
    otherSite:
      'This QR code comes from another website, so it was not opened. Scan the code shown on {site}.',
    notSecure:
      'This QR code uses an insecure address (http), so it was not opened. Scan the code shown on your computer.',
    wrongPurposeLink:
      'This QR code is for adding a document, not for linking a device. Go back and choose Add a document.',
    wrongPurposeAdd:
      'This QR code is for linking a device, not for adding a document. Go back and choose Link a device.',
    deniedTitle: 'Camera access is blocked',
    deniedText: 'Passerelle cannot read the QR code without the camera. Allow it in your settings:',
    deniedAndroid: 'Android (Chrome): tap the lock icon next to the address, then Permissions, then Camera.',
    deniedIphone: 'iPhone: open Settings, then Safari, then Camera, and choose Ask or Allow.',
    deniedThenRetry: 'Then come back here and try again.',
    tryAgain: 'Try again',
    missingTitle: 'No camera found',
    missingText:
      'This device has no camera Passerelle can use. Open the QR code with your phone’s own camera app, or use another device.',
    insecureTitle: 'Secure connection needed',
    insecureText:
      'The camera only works when this site is opened over a secure connection. Open the address that starts with https://.',
    busyTitle: 'The camera is in use',
    busyText: 'Another app is using the camera. Close it, then try again.',
    failedTitle: 'The scanner could not start',
    failedText: 'Check your internet connection, then try again.',
  },
  fr: {
    cameraTitle: 'Utiliser votre caméra',
    scanTitle: 'Scannez le code QR',
    whyCameraLink:
      'Pour lier ce téléphone, scannez le code QR affiché sur votre ordinateur. Passerelle a besoin de votre caméra pour le lire.',
    whyCameraAdd:
      'Pour ajouter un document, scannez le code QR affiché sur votre ordinateur. Passerelle a besoin de votre caméra pour le lire.',
    cameraPrivacy: 'L’image de la caméra reste sur ce téléphone : rien n’est enregistré ni envoyé.',
    permissionAhead:
      'Votre navigateur va vous demander si Passerelle peut utiliser la caméra. Choisissez Autoriser.',
    continue: 'Continuer',
    cancel: 'Annuler',
    starting: 'Démarrage de la caméra…',
    holdStill: 'Tenez votre appareil immobile, le code QR dans le cadre.',
    notOurs: 'Ce code QR n’est pas un code Passerelle. Scannez le code affiché sur votre ordinateur.',
    otherSite:
      'Ce code QR provient d’un autre site web, il n’a donc pas été ouvert. Scannez le code affiché sur {site}.',
    notSecure:
      'Ce code QR utilise une adresse non sécurisée (http), il n’a donc pas été ouvert. Scannez le code affiché sur votre ordinateur.',
    wrongPurposeLink:
      'Ce code QR sert à ajouter un document, pas à lier un appareil. Revenez en arrière et choisissez Ajouter un document.',
    wrongPurposeAdd:
      'Ce code QR sert à lier un appareil, pas à ajouter un document. Revenez en arrière et choisissez Lier un appareil.',
    deniedTitle: 'L’accès à la caméra est bloqué',
    deniedText: 'Passerelle ne peut pas lire le code QR sans la caméra. Autorisez-la dans vos réglages :',
    deniedAndroid:
      'Android (Chrome) : touchez l’icône du cadenas à côté de l’adresse, puis Autorisations, puis Caméra.',
    deniedIphone: 'iPhone : ouvrez Réglages, puis Safari, puis Caméra, et choisissez Demander ou Autoriser.',
    deniedThenRetry: 'Revenez ensuite ici et réessayez.',
    tryAgain: 'Réessayer',
    missingTitle: 'Aucune caméra trouvée',
    missingText:
      'Cet appareil n’a pas de caméra utilisable par Passerelle. Ouvrez le code QR avec l’appareil photo de votre téléphone, ou utilisez un autre appareil.',
    insecureTitle: 'Connexion sécurisée nécessaire',
    insecureText:
      'La caméra ne fonctionne que si ce site est ouvert par une connexion sécurisée. Ouvrez l’adresse qui commence par https://.',
    busyTitle: 'La caméra est occupée',
    busyText: 'Une autre application utilise la caméra. Fermez-la, puis réessayez.',
    failedTitle: 'Le scanner n’a pas pu démarrer',
    failedText: 'Vérifiez votre connexion internet, puis réessayez.',
  },
  de: {
    cameraTitle: 'Kamera verwenden',
    scanTitle: 'QR-Code scannen',
    whyCameraLink:
      'Um dieses Telefon zu verknüpfen, scannen Sie den QR-Code auf Ihrem Computer. Passerelle braucht dazu Ihre Kamera.',
    whyCameraAdd:
      'Um ein Dokument hinzuzufügen, scannen Sie den QR-Code auf Ihrem Computer. Passerelle braucht dazu Ihre Kamera.',
    cameraPrivacy: 'Das Kamerabild bleibt auf diesem Telefon: Es wird nichts aufgezeichnet oder gesendet.',
    permissionAhead: 'Ihr Browser fragt jetzt, ob Passerelle die Kamera verwenden darf. Wählen Sie Zulassen.',
    continue: 'Weiter',
    cancel: 'Abbrechen',
    starting: 'Kamera wird gestartet…',
    holdStill: 'Halten Sie Ihr Gerät ruhig, mit dem QR-Code im Rahmen.',
    notOurs: 'Dieser QR-Code ist kein Passerelle-Code. Scannen Sie den Code auf Ihrem Computer.',
    otherSite:
      'Dieser QR-Code stammt von einer anderen Website und wurde deshalb nicht geöffnet. Scannen Sie den Code auf {site}.',
    notSecure:
      'Dieser QR-Code verwendet eine unsichere Adresse (http) und wurde deshalb nicht geöffnet. Scannen Sie den Code auf Ihrem Computer.',
    wrongPurposeLink:
      'Dieser QR-Code dient zum Hinzufügen eines Dokuments, nicht zum Verknüpfen eines Geräts. Gehen Sie zurück und wählen Sie Dokument hinzufügen.',
    wrongPurposeAdd:
      'Dieser QR-Code dient zum Verknüpfen eines Geräts, nicht zum Hinzufügen eines Dokuments. Gehen Sie zurück und wählen Sie Gerät verknüpfen.',
    deniedTitle: 'Der Kamerazugriff ist blockiert',
    deniedText:
      'Ohne Kamera kann Passerelle den QR-Code nicht lesen. Erlauben Sie sie in Ihren Einstellungen:',
    deniedAndroid:
      'Android (Chrome): Tippen Sie auf das Schloss-Symbol neben der Adresse, dann auf Berechtigungen und Kamera.',
    deniedIphone:
      'iPhone: Öffnen Sie Einstellungen, dann Safari, dann Kamera, und wählen Sie Fragen oder Erlauben.',
    deniedThenRetry: 'Kommen Sie dann hierher zurück und versuchen Sie es erneut.',
    tryAgain: 'Erneut versuchen',
    missingTitle: 'Keine Kamera gefunden',
    missingText:
      'Dieses Gerät hat keine Kamera, die Passerelle verwenden kann. Öffnen Sie den QR-Code mit der Kamera-App Ihres Telefons oder verwenden Sie ein anderes Gerät.',
    insecureTitle: 'Sichere Verbindung erforderlich',
    insecureText:
      'Die Kamera funktioniert nur, wenn diese Website über eine sichere Verbindung geöffnet wird. Öffnen Sie die Adresse, die mit https:// beginnt.',
    busyTitle: 'Die Kamera wird verwendet',
    busyText: 'Eine andere App verwendet die Kamera. Schließen Sie sie und versuchen Sie es erneut.',
    failedTitle: 'Der Scanner konnte nicht starten',
    failedText: 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  },
};
