import type { Strings } from '../platform/i18n.js';

export const dialogStrings: Strings<
  | 'addTitle'
  | 'attachTitle'
  | 'howToAdd'
  | 'myComputer'
  | 'myComputerHint'
  | 'myMobileApp'
  | 'myMobileAppHint'
  | 'type'
  | 'chooseType'
  | 'name'
  | 'nameHint'
  | 'file'
  | 'fileHint'
  | 'send'
  | 'sending'
  | 'checking'
  | 'added'
  | 'cancel'
  | 'close'
  | 'back'
  | 'replacing'
  | 'typeRequired'
  | 'fileRequired'
> = {
  en: {
    addTitle: 'Add a supporting document',
    attachTitle: 'Attach a supporting document',
    howToAdd: 'Where is your document?',
    myComputer: 'My computer',
    myComputerHint: 'Choose a PDF or a picture saved on this computer.',
    myMobileApp: 'My mobile app',
    myMobileAppHint: 'Scan a QR code with the Passerelle app, then select a file on your phone.',
    type: 'Type of supporting document',
    chooseType: 'Choose a type',
    name: 'Name (optional)',
    nameHint: 'For example: “Payslip October”.',
    file: 'File',
    fileHint: 'PDF, JPEG or PNG, at most 20 MB.',
    send: 'Send',
    sending: 'Sending… {percent} %',
    checking: 'Checking the file…',
    added: 'Document added.',
    cancel: 'Cancel',
    close: 'Close',
    back: 'Back',
    replacing: 'Replaces: {name}',
    typeRequired: 'Choose the type of supporting document.',
    fileRequired: 'Choose a file to send.',
  },
  fr: {
    addTitle: 'Ajouter une pièce justificative',
    attachTitle: 'Joindre une pièce justificative',
    howToAdd: 'Où se trouve votre document ?',
    myComputer: 'Mon ordinateur',
    myComputerHint: 'Choisissez un PDF ou une image enregistrés sur cet ordinateur.',
    myMobileApp: 'Mon application mobile',
    myMobileAppHint:
      'Scannez un code QR avec l’application Passerelle, puis sélectionnez un fichier sur votre téléphone.',
    type: 'Type de pièce justificative',
    chooseType: 'Choisissez un type',
    name: 'Nom (facultatif)',
    nameHint: 'Par exemple : « Fiche de salaire octobre ».',
    file: 'Fichier',
    fileHint: 'PDF, JPEG ou PNG, 20 Mo au maximum.',
    send: 'Envoyer',
    sending: 'Envoi… {percent} %',
    checking: 'Vérification du fichier…',
    added: 'Document ajouté.',
    cancel: 'Annuler',
    close: 'Fermer',
    back: 'Retour',
    replacing: 'Remplace : {name}',
    typeRequired: 'Choisissez le type de pièce justificative.',
    fileRequired: 'Choisissez un fichier à envoyer.',
  },
  de: {
    addTitle: 'Nachweis hinzufügen',
    attachTitle: 'Nachweis anhängen',
    howToAdd: 'Wo befindet sich Ihr Dokument?',
    myComputer: 'Mein Computer',
    myComputerHint: 'Wählen Sie ein PDF oder ein Bild, das auf diesem Computer gespeichert ist.',
    myMobileApp: 'Meine mobile App',
    myMobileAppHint:
      'Scannen Sie einen QR-Code mit der Passerelle-App und wählen Sie dann eine Datei auf Ihrem Telefon.',
    type: 'Art des Nachweises',
    chooseType: 'Art auswählen',
    name: 'Name (freiwillig)',
    nameHint: 'Zum Beispiel: „Gehaltsabrechnung Oktober“.',
    file: 'Datei',
    fileHint: 'PDF, JPEG oder PNG, höchstens 20 MB.',
    send: 'Senden',
    sending: 'Wird gesendet… {percent} %',
    checking: 'Datei wird geprüft…',
    added: 'Dokument hinzugefügt.',
    cancel: 'Abbrechen',
    close: 'Schließen',
    back: 'Zurück',
    replacing: 'Ersetzt: {name}',
    typeRequired: 'Wählen Sie die Art des Nachweises.',
    fileRequired: 'Wählen Sie eine Datei zum Senden.',
  },
};
