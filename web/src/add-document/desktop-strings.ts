import type { Strings } from '../platform/i18n.js';

/** The computer's 'My mobile app' form and its QR code with the live timeline. */
export const mobileStrings: Strings<
  | 'intro'
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
> = {
  en: {
    intro: 'A QR code will be generated for this document. It is valid for 30 minutes.',
    generate: 'Generate',
    qrLabel: 'QR code to scan with the Passerelle app on your phone',
    howTo:
      "On your phone, open the Passerelle app, tap 'Add a document', then 'Continue', and scan this code.",
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
  },
  fr: {
    intro: 'Un code QR sera généré pour ce document. Il est valable 30 minutes.',
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
  },
  de: {
    intro: 'Für dieses Dokument wird ein QR-Code erstellt. Er ist 30 Minuten gültig.',
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
  },
};
