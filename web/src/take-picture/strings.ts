import type { Strings } from '../platform/i18n.js';

/** The guide's labels ('Take a picture', 'Add a picture', 'End', 'Generate', 'Confirm') are quoted exactly. */
export const pictureStrings: Strings<
  | 'takePicture'
  | 'addPicture'
  | 'end'
  | 'generate'
  | 'generateQuestion'
  | 'generateExplanation'
  | 'confirm'
  | 'cancel'
  | 'automatic'
  | 'torch'
  | 'noDocument'
  | 'moveCloser'
  | 'holdStill'
  | 'capturing'
  | 'nextPage'
  | 'captured'
  | 'manualHint'
  | 'pages'
  | 'pageOf'
  | 'pagesTaken'
  | 'editPage'
  | 'rotateLeft'
  | 'rotateRight'
  | 'retake'
  | 'delete'
  | 'moveEarlier'
  | 'moveLater'
  | 'done'
  | 'cropHint'
  | 'corner'
  | 'cornerNames'
  | 'mode'
  | 'modeDocument'
  | 'modeGrey'
  | 'modeColour'
  | 'modeAuto'
  | 'building'
  | 'cameraDenied'
  | 'cameraMissing'
  | 'cameraInsecure'
  | 'cameraBusy'
  | 'tryAgain'
  | 'back'
  | 'noPages'
  | 'review'
> = {
  en: {
    takePicture: 'Take a picture',
    addPicture: 'Add a picture',
    end: 'End',
    generate: 'Generate',
    generateQuestion: 'Do you want to generate a PDF file?',
    generateExplanation:
      'Your {count} page(s) will be put together into one PDF file, which is then sent to your procedure.',
    confirm: 'Confirm',
    cancel: 'Cancel',
    automatic: 'Automatic mode',
    torch: 'Torch',
    noDocument: 'No document found',
    moveCloser: 'Move closer',
    holdStill: 'Hold still',
    capturing: 'Taking the picture…',
    nextPage: 'Page taken. Show the next page, or tap "End".',
    captured: 'Page {count} taken.',
    manualHint: 'Or tap "Add a picture" yourself.',
    pages: 'Pages',
    pageOf: 'Page {n} of {count}',
    pagesTaken: 'Pages: {count}',
    editPage: 'Edit page {n}',
    rotateLeft: 'Rotate left',
    rotateRight: 'Rotate right',
    retake: 'Retake',
    delete: 'Delete',
    moveEarlier: 'Move earlier',
    moveLater: 'Move later',
    done: 'Done',
    cropHint:
      'Drag the four corners onto the corners of the page. With a keyboard, choose a corner and use the arrow keys.',
    corner: '{name} corner',
    cornerNames: 'Top left|Top right|Bottom right|Bottom left',
    mode: 'Colours',
    modeDocument: 'Document (black and white)',
    modeGrey: 'Grey',
    modeColour: 'Colour',
    modeAuto: 'chosen for you',
    building: 'Building the PDF… page {n} of {count}',
    cameraDenied:
      'The camera is blocked for Passerelle. Allow it in your browser or system settings (Android: the lock icon next to the address → Permissions → Camera; iPhone: Settings → Safari → Camera), then try again.',
    cameraMissing: 'No camera was found on this device. Use "Select a file" instead.',
    cameraInsecure: 'The camera only works when the site is opened over https.',
    cameraBusy: 'The camera is being used by another app. Close it and try again.',
    tryAgain: 'Try again',
    back: 'Back',
    noPages: 'No page yet. Hold the camera above your document.',
    review: 'Check your pages',
  },
  fr: {
    takePicture: 'Prendre une photo',
    addPicture: 'Ajouter une photo',
    end: 'Terminer',
    generate: 'Générer',
    generateQuestion: 'Voulez-vous générer un fichier PDF ?',
    generateExplanation:
      'Vos {count} page(s) seront réunies en un seul fichier PDF, qui sera ensuite envoyé à votre démarche.',
    confirm: 'Confirmer',
    cancel: 'Annuler',
    automatic: 'Mode automatique',
    torch: 'Lampe',
    noDocument: 'Aucun document trouvé',
    moveCloser: 'Rapprochez-vous',
    holdStill: 'Ne bougez plus',
    capturing: 'Prise de la photo…',
    nextPage: 'Page prise. Montrez la page suivante, ou appuyez sur « Terminer ».',
    captured: 'Page {count} prise.',
    manualHint: 'Ou appuyez vous-même sur « Ajouter une photo ».',
    pages: 'Pages',
    pageOf: 'Page {n} sur {count}',
    pagesTaken: 'Pages : {count}',
    editPage: 'Modifier la page {n}',
    rotateLeft: 'Pivoter à gauche',
    rotateRight: 'Pivoter à droite',
    retake: 'Reprendre',
    delete: 'Supprimer',
    moveEarlier: 'Déplacer avant',
    moveLater: 'Déplacer après',
    done: 'Terminé',
    cropHint:
      'Faites glisser les quatre coins sur les coins de la page. Au clavier, choisissez un coin et utilisez les flèches.',
    corner: 'Coin {name}',
    cornerNames: 'en haut à gauche|en haut à droite|en bas à droite|en bas à gauche',
    mode: 'Couleurs',
    modeDocument: 'Document (noir et blanc)',
    modeGrey: 'Gris',
    modeColour: 'Couleur',
    modeAuto: 'choisi pour vous',
    building: 'Création du PDF… page {n} sur {count}',
    cameraDenied:
      'La caméra est bloquée pour Passerelle. Autorisez-la dans les réglages du navigateur ou du système (Android : icône du cadenas à côté de l’adresse → Autorisations → Caméra ; iPhone : Réglages → Safari → Caméra), puis réessayez.',
    cameraMissing:
      'Aucune caméra n’a été trouvée sur cet appareil. Utilisez plutôt « Sélectionner un fichier ».',
    cameraInsecure: 'La caméra ne fonctionne que si le site est ouvert en https.',
    cameraBusy: 'La caméra est utilisée par une autre application. Fermez-la et réessayez.',
    tryAgain: 'Réessayer',
    back: 'Retour',
    noPages: 'Aucune page pour l’instant. Tenez la caméra au-dessus de votre document.',
    review: 'Vérifiez vos pages',
  },
  de: {
    takePicture: 'Foto aufnehmen',
    addPicture: 'Foto hinzufügen',
    end: 'Beenden',
    generate: 'Erstellen',
    generateQuestion: 'Möchten Sie eine PDF-Datei erstellen?',
    generateExplanation:
      'Ihre {count} Seite(n) werden zu einer PDF-Datei zusammengefügt, die dann an Ihr Verfahren gesendet wird.',
    confirm: 'Bestätigen',
    cancel: 'Abbrechen',
    automatic: 'Automatischer Modus',
    torch: 'Taschenlampe',
    noDocument: 'Kein Dokument gefunden',
    moveCloser: 'Näher herangehen',
    holdStill: 'Ruhig halten',
    capturing: 'Foto wird aufgenommen…',
    nextPage: 'Seite aufgenommen. Zeigen Sie die nächste Seite oder tippen Sie auf „Beenden“.',
    captured: 'Seite {count} aufgenommen.',
    manualHint: 'Oder tippen Sie selbst auf „Foto hinzufügen“.',
    pages: 'Seiten',
    pageOf: 'Seite {n} von {count}',
    pagesTaken: 'Seiten: {count}',
    editPage: 'Seite {n} bearbeiten',
    rotateLeft: 'Nach links drehen',
    rotateRight: 'Nach rechts drehen',
    retake: 'Neu aufnehmen',
    delete: 'Löschen',
    moveEarlier: 'Nach vorne',
    moveLater: 'Nach hinten',
    done: 'Fertig',
    cropHint:
      'Ziehen Sie die vier Ecken auf die Ecken der Seite. Mit der Tastatur: Ecke wählen und Pfeiltasten verwenden.',
    corner: 'Ecke {name}',
    cornerNames: 'oben links|oben rechts|unten rechts|unten links',
    mode: 'Farben',
    modeDocument: 'Dokument (schwarz-weiß)',
    modeGrey: 'Graustufen',
    modeColour: 'Farbe',
    modeAuto: 'für Sie gewählt',
    building: 'PDF wird erstellt… Seite {n} von {count}',
    cameraDenied:
      'Die Kamera ist für Passerelle gesperrt. Erlauben Sie sie in den Browser- oder Systemeinstellungen (Android: Schloss-Symbol neben der Adresse → Berechtigungen → Kamera; iPhone: Einstellungen → Safari → Kamera) und versuchen Sie es erneut.',
    cameraMissing:
      'Auf diesem Gerät wurde keine Kamera gefunden. Verwenden Sie stattdessen „Datei auswählen“.',
    cameraInsecure: 'Die Kamera funktioniert nur, wenn die Website über https geöffnet ist.',
    cameraBusy:
      'Die Kamera wird von einer anderen App verwendet. Schließen Sie sie und versuchen Sie es erneut.',
    tryAgain: 'Erneut versuchen',
    back: 'Zurück',
    noPages: 'Noch keine Seite. Halten Sie die Kamera über Ihr Dokument.',
    review: 'Seiten prüfen',
  },
};
