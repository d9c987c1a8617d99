import type { Strings } from '../platform/i18n.js';

/** The computer's 'My mobile app' form and its QR code with the live timeline. */
export const mobileStrings: Strings<
  | 'intro'
  | 'codeFor'
  | 'codeForNamed'
  | 'generate'
  | 'qrLabel'
  | 'howTo'
  | 'validFor'
  | 'expired'
  | 'cancelled'
  | 'newCode'
  | 'cancelCode'
  | 'timeline'
  | 'waiting'
  | 'connected'
  | 'connectedNamed'
  | 'uploading'
  | 'uploadingPercent'
  | 'checking'
  | 'added'
  | 'openDocument'
  | 'refused'
  | 'done'
  | 'sendTo'
  | 'sendToHint'
  | 'sentHowTo'
  | 'waitingFor'
> = {
  en: {
    intro:
      'With the Passerelle app, take pictures or choose a file on your phone. A QR code, valid for 30 minutes, will connect your phone to this document.',
    codeFor: 'For: {type}',
    codeForNamed: 'For: {type} – “{name}”',
    generate: 'Generate',
    qrLabel: 'QR code to scan with the Passerelle app on your phone',
    howTo:
      'On your phone, open the Passerelle app, tap ‘Add a document’, then ‘Continue’, and scan this code.',
    validFor: 'Valid for {time}',
    expired: 'This QR code has expired.',
    cancelled: 'This QR code was cancelled.',
    newCode: 'Generate a new code',
    cancelCode: 'Cancel the code',
    timeline: 'Progress',
    waiting: 'Waiting for your phone',
    connected: 'Phone connected',
    connectedNamed: 'Phone connected: {device}',
    uploading: 'Uploading',
    uploadingPercent: 'Uploading… {percent} %',
    checking: 'Checking the document',
    added: 'Document added',
    openDocument: 'Open the document',
    refused: 'The file sent from the phone was refused: {reason}',
    done: 'Done',
    sendTo: 'Send to ‘{device}’',
    sendToHint:
      'Or send the request straight to a phone linked to your account: it appears at the top of the app’s home.',
    sentHowTo:
      'Sent to ‘{device}’. On that phone, open Passerelle and unlock it: the request is at the top of its home. It is valid for 30 minutes.',
    waitingFor: 'Waiting for ‘{device}’',
  },
  fr: {
    intro:
      'Avec l’application Passerelle, prenez des photos ou choisissez un fichier sur votre téléphone. Un code QR, valable 30 minutes, reliera votre téléphone à ce document.',
    codeFor: 'Pour : {type}',
    codeForNamed: 'Pour : {type} – « {name} »',
    generate: 'Générer',
    qrLabel: 'Code QR à scanner avec l’application Passerelle de votre téléphone',
    howTo:
      'Sur votre téléphone, ouvrez l’application Passerelle, touchez « Ajouter un document », puis « Continuer », et scannez ce code.',
    validFor: 'Valable encore {time}',
    expired: 'Ce code QR a expiré.',
    cancelled: 'Ce code QR a été annulé.',
    newCode: 'Générer un nouveau code',
    cancelCode: 'Annuler le code',
    timeline: 'Avancement',
    waiting: 'En attente de votre téléphone',
    connected: 'Téléphone connecté',
    connectedNamed: 'Téléphone connecté : {device}',
    uploading: 'Envoi',
    uploadingPercent: 'Envoi… {percent} %',
    checking: 'Vérification du document',
    added: 'Document ajouté',
    openDocument: 'Ouvrir le document',
    refused: 'Le fichier envoyé depuis le téléphone a été refusé : {reason}',
    done: 'Terminé',
    sendTo: 'Envoyer à « {device} »',
    sendToHint:
      'Ou envoyez la demande directement à un téléphone lié à votre compte : elle apparaît en haut de l’accueil de l’application.',
    sentHowTo:
      'Envoyé à « {device} ». Sur ce téléphone, ouvrez Passerelle et déverrouillez-la : la demande est en haut de l’accueil. Elle est valable 30 minutes.',
    waitingFor: 'En attente de « {device} »',
  },
  de: {
    intro:
      'Mit der Passerelle-App machen Sie Fotos oder wählen eine Datei auf Ihrem Telefon. Ein QR-Code, 30 Minuten gültig, verbindet Ihr Telefon mit diesem Dokument.',
    codeFor: 'Für: {type}',
    codeForNamed: 'Für: {type} – „{name}“',
    generate: 'Erstellen',
    qrLabel: 'QR-Code zum Scannen mit der Passerelle-App auf Ihrem Telefon',
    howTo:
      'Öffnen Sie auf Ihrem Telefon die Passerelle-App, tippen Sie auf „Dokument hinzufügen“, dann auf „Weiter“, und scannen Sie diesen Code.',
    validFor: 'Noch {time} gültig',
    expired: 'Dieser QR-Code ist abgelaufen.',
    cancelled: 'Dieser QR-Code wurde storniert.',
    newCode: 'Neuen Code erstellen',
    cancelCode: 'Code stornieren',
    timeline: 'Fortschritt',
    waiting: 'Warten auf Ihr Telefon',
    connected: 'Telefon verbunden',
    connectedNamed: 'Telefon verbunden: {device}',
    uploading: 'Hochladen',
    uploadingPercent: 'Wird hochgeladen… {percent} %',
    checking: 'Dokument wird geprüft',
    added: 'Dokument hinzugefügt',
    openDocument: 'Dokument öffnen',
    refused: 'Die vom Telefon gesendete Datei wurde abgelehnt: {reason}',
    done: 'Fertig',
    sendTo: 'An „{device}“ senden',
    sendToHint:
      'Oder senden Sie die Anfrage direkt an ein mit Ihrem Konto verknüpftes Telefon: Sie erscheint oben auf der Startseite der App.',
    sentHowTo:
      'An „{device}“ gesendet. Öffnen und entsperren Sie Passerelle auf diesem Telefon: Die Anfrage steht oben auf der Startseite. Sie gilt 30 Minuten.',
    waitingFor: 'Warten auf „{device}“',
  },
};
