import type { Strings } from '../platform/i18n.js';

/** The phone's 'Add a document' screens. The guide's labels are quoted exactly. */
export const addStrings: Strings<
  | 'title'
  | 'loading'
  | 'summaryTitle'
  | 'summaryProcedure'
  | 'summaryType'
  | 'summaryName'
  | 'summaryOwner'
  | 'summaryTimeLeft'
  | 'summaryCheck'
  | 'replaces'
  | 'continue'
  | 'cancel'
  | 'chooseTitle'
  | 'selectFile'
  | 'selectFileHint'
  | 'preparing'
  | 'reviewTitle'
  | 'page'
  | 'pages'
  | 'send'
  | 'sendAgain'
  | 'chooseAnother'
  | 'sendingTitle'
  | 'sending'
  | 'checking'
  | 'paused'
  | 'doneTitle'
  | 'doneText'
  | 'returnHome'
  | 'codeOverTitle'
  | 'requestOverTitle'
  | 'scanAgain'
  | 'nothingChosen'
  | 'onePdfOnly'
  | 'pdfOrPictures'
  | 'unsupportedType'
  | 'fileEmpty'
  | 'notAPdf'
  | 'tooLarge'
  | 'tooManyPages'
  | 'pictureUnreadable'
> = {
  en: {
    title: 'Add a document',
    loading: 'Loading…',
    summaryTitle: 'Is this the document you want to add?',
    summaryProcedure: 'Procedure',
    summaryType: 'Type of supporting document',
    summaryName: 'Name',
    summaryOwner: 'Account',
    summaryTimeLeft: 'Time left',
    summaryCheck: 'Continue only if you generated this code yourself, on your own computer.',
    replaces: 'Replaces the current file',
    continue: 'Continue',
    cancel: 'Cancel',
    chooseTitle: 'How do you want to add your document?',
    selectFile: 'Select a file',
    selectFileHint: 'A PDF, or one or more pictures (JPEG, PNG, HEIC): pictures become the pages of one PDF.',
    preparing: 'Preparing your document… page {done} of {count}',
    reviewTitle: 'Your document is ready',
    page: '1 page',
    pages: '{count} pages',
    send: 'Send',
    sendAgain: 'Send again',
    chooseAnother: 'Choose another file',
    sendingTitle: 'Sending your document',
    sending: 'Sending… {percent} %',
    checking: 'Checking the document…',
    paused:
      'The connection was lost. Your document is kept on this phone; sending starts again by itself when you are back online.',
    doneTitle: 'Document added',
    doneText: '“{name}” was added to your procedure “{procedure}”. You can see it on your computer.',
    returnHome: 'Return to home screen',
    codeOverTitle: 'This QR code cannot be used',
    requestOverTitle: 'This document can no longer be sent this way',
    scanAgain: 'Scan another code',
    nothingChosen: 'Choose a file first.',
    onePdfOnly: 'Choose one PDF at a time.',
    pdfOrPictures: 'Choose either one PDF, or pictures — not both.',
    unsupportedType: 'This type of file is not accepted. Choose a PDF, or pictures (JPEG, PNG, HEIC).',
    fileEmpty: 'This file is empty. Choose another file.',
    notAPdf: 'This file is not a real PDF. Choose another file.',
    tooLarge: 'This document is too large (at most {max} MB). Choose fewer or smaller pages.',
    tooManyPages: 'This document has too many pages (at most {max}). Split it into smaller documents.',
    pictureUnreadable:
      'The picture “{name}” cannot be read on this phone. Choose a JPEG or PNG picture instead.',
  },
  fr: {
    title: 'Ajouter un document',
    loading: 'Chargement…',
    summaryTitle: 'Est-ce bien le document que vous voulez ajouter ?',
    summaryProcedure: 'Démarche',
    summaryType: 'Type de pièce justificative',
    summaryName: 'Nom',
    summaryOwner: 'Compte',
    summaryTimeLeft: 'Temps restant',
    summaryCheck: 'Ne continuez que si vous avez généré ce code vous-même, sur votre propre ordinateur.',
    replaces: 'Remplace le fichier actuel',
    continue: 'Continuer',
    cancel: 'Annuler',
    chooseTitle: 'Comment voulez-vous ajouter votre document ?',
    selectFile: 'Sélectionner un fichier',
    selectFileHint:
      'Un PDF, ou une ou plusieurs images (JPEG, PNG, HEIC) : les images deviennent les pages d’un seul PDF.',
    preparing: 'Préparation de votre document… page {done} sur {count}',
    reviewTitle: 'Votre document est prêt',
    page: '1 page',
    pages: '{count} pages',
    send: 'Envoyer',
    sendAgain: 'Envoyer de nouveau',
    chooseAnother: 'Choisir un autre fichier',
    sendingTitle: 'Envoi de votre document',
    sending: 'Envoi… {percent} %',
    checking: 'Vérification du document…',
    paused:
      'La connexion a été perdue. Votre document reste sur ce téléphone ; l’envoi reprend tout seul dès que vous êtes de nouveau en ligne.',
    doneTitle: 'Document ajouté',
    doneText:
      '« {name} » a été ajouté à votre démarche « {procedure} ». Vous pouvez le voir sur votre ordinateur.',
    returnHome: 'Retour à l’écran d’accueil',
    codeOverTitle: 'Ce code QR ne peut pas être utilisé',
    requestOverTitle: 'Ce document ne peut plus être envoyé de cette façon',
    scanAgain: 'Scanner un autre code',
    nothingChosen: 'Choisissez d’abord un fichier.',
    onePdfOnly: 'Choisissez un seul PDF à la fois.',
    pdfOrPictures: 'Choisissez soit un PDF, soit des images, mais pas les deux.',
    unsupportedType:
      'Ce type de fichier n’est pas accepté. Choisissez un PDF ou des images (JPEG, PNG, HEIC).',
    fileEmpty: 'Ce fichier est vide. Choisissez un autre fichier.',
    notAPdf: 'Ce fichier n’est pas un vrai PDF. Choisissez un autre fichier.',
    tooLarge:
      'Ce document est trop volumineux ({max} Mo au maximum). Choisissez moins de pages ou des pages plus légères.',
    tooManyPages: 'Ce document a trop de pages ({max} au maximum). Divisez-le en documents plus petits.',
    pictureUnreadable:
      'L’image « {name} » ne peut pas être lue sur ce téléphone. Choisissez plutôt une image JPEG ou PNG.',
  },
  de: {
    title: 'Dokument hinzufügen',
    loading: 'Wird geladen…',
    summaryTitle: 'Ist das das Dokument, das Sie hinzufügen möchten?',
    summaryProcedure: 'Verfahren',
    summaryType: 'Art des Nachweises',
    summaryName: 'Name',
    summaryOwner: 'Konto',
    summaryTimeLeft: 'Verbleibende Zeit',
    summaryCheck:
      'Fahren Sie nur fort, wenn Sie diesen Code selbst auf Ihrem eigenen Computer erstellt haben.',
    replaces: 'Ersetzt die aktuelle Datei',
    continue: 'Weiter',
    cancel: 'Abbrechen',
    chooseTitle: 'Wie möchten Sie Ihr Dokument hinzufügen?',
    selectFile: 'Datei auswählen',
    selectFileHint:
      'Ein PDF oder ein oder mehrere Bilder (JPEG, PNG, HEIC): Bilder werden zu Seiten eines PDFs.',
    preparing: 'Ihr Dokument wird vorbereitet… Seite {done} von {count}',
    reviewTitle: 'Ihr Dokument ist bereit',
    page: '1 Seite',
    pages: '{count} Seiten',
    send: 'Senden',
    sendAgain: 'Erneut senden',
    chooseAnother: 'Andere Datei wählen',
    sendingTitle: 'Ihr Dokument wird gesendet',
    sending: 'Wird gesendet… {percent} %',
    checking: 'Dokument wird geprüft…',
    paused:
      'Die Verbindung wurde unterbrochen. Ihr Dokument bleibt auf diesem Telefon; das Senden beginnt von selbst neu, sobald Sie wieder online sind.',
    doneTitle: 'Dokument hinzugefügt',
    doneText: '„{name}“ wurde Ihrem Verfahren „{procedure}“ hinzugefügt. Sie sehen es auf Ihrem Computer.',
    returnHome: 'Zurück zum Startbildschirm',
    codeOverTitle: 'Dieser QR-Code kann nicht verwendet werden',
    requestOverTitle: 'Dieses Dokument kann so nicht mehr gesendet werden',
    scanAgain: 'Anderen Code scannen',
    nothingChosen: 'Wählen Sie zuerst eine Datei.',
    onePdfOnly: 'Wählen Sie jeweils nur ein PDF.',
    pdfOrPictures: 'Wählen Sie entweder ein PDF oder Bilder, nicht beides.',
    unsupportedType:
      'Dieser Dateityp wird nicht akzeptiert. Wählen Sie ein PDF oder Bilder (JPEG, PNG, HEIC).',
    fileEmpty: 'Diese Datei ist leer. Wählen Sie eine andere Datei.',
    notAPdf: 'Diese Datei ist kein echtes PDF. Wählen Sie eine andere Datei.',
    tooLarge: 'Dieses Dokument ist zu groß (höchstens {max} MB). Wählen Sie weniger oder kleinere Seiten.',
    tooManyPages:
      'Dieses Dokument hat zu viele Seiten (höchstens {max}). Teilen Sie es in kleinere Dokumente auf.',
    pictureUnreadable:
      'Das Bild „{name}“ kann auf diesem Telefon nicht gelesen werden. Wählen Sie stattdessen ein JPEG- oder PNG-Bild.',
  },
};
