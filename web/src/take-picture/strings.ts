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
  | 'qualityBlurry'
  | 'qualityGlare'
  | 'qualityCutOff'
  | 'reasonBlurry'
  | 'reasonGlare'
  | 'reasonCutOff'
  | 'reasonLowResolution'
  | 'problemBlurry'
  | 'problemGlare'
  | 'problemCutOff'
  | 'problemLowResolution'
  | 'keepPage'
  | 'closerForDpi'
  | 'lastPage'
  | 'zoomPage'
  | 'actualSize'
  | 'fitScreen'
  | 'close'
  | 'preview'
  | 'rendering'
  | 'pageImage'
  | 'turned'
  | 'checkPage'
> = {
  en: {
    takePicture: 'Take a picture',
    addPicture: 'Add a picture',
    end: 'End',
    generate: 'Generate',
    generateQuestion: 'Do you want to generate a PDF file?',
    generateExplanation:
      '{count, plural, one {Your page} other {Your # pages}} will be put together into one PDF file, which is then sent to your procedure.',
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
    modeAuto: 'Chosen for you from the first page. You can change it.',
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
    qualityBlurry: 'This page looks blurry. Retake?',
    qualityGlare: 'Light is reflected on this page. Retake?',
    qualityCutOff: 'This page looks cut off. Retake?',
    reasonBlurry: 'The letters are not sharp. Hold the phone still, with more light.',
    reasonGlare:
      'A reflection hides part of the page. Tilt the phone a little, move away from the lamp or switch off the torch.',
    reasonCutOff:
      'An edge of the page touches the edge of the picture, so part of it may be missing. Move back a little.',
    reasonLowResolution:
      'The page is about {dpi} dpi: small print may be hard to read (150 dpi or more is best). Move closer.',
    problemBlurry: 'Looks blurry',
    problemGlare: 'Reflection',
    problemCutOff: 'May be cut off',
    problemLowResolution: 'Low resolution ({dpi} dpi)',
    keepPage: 'Keep it',
    closerForDpi: 'About {dpi} dpi. Move closer for small print.',
    lastPage: 'Last page taken. Check your pages',
    zoomPage: 'Zoom page {n}',
    actualSize: 'Actual size',
    fitScreen: 'Fit to screen',
    close: 'Close',
    preview: 'How the page will be sent',
    rendering: 'Preparing the page…',
    pageImage: 'Page {n} as it will be sent',
    turned: 'Turned {degrees}°',
    checkPage: 'Check this page:',
  },
  fr: {
    takePicture: 'Prendre une photo',
    addPicture: 'Ajouter une photo',
    end: 'Terminer',
    generate: 'Générer',
    generateQuestion: 'Voulez-vous générer un fichier PDF ?',
    generateExplanation:
      '{count, plural, one {Votre page sera mise} other {Vos # pages seront réunies}} en un seul fichier PDF, qui sera ensuite envoyé à votre démarche.',
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
    modeAuto: 'Choisi pour vous d’après la première page. Vous pouvez le changer.',
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
    qualityBlurry: 'Cette page semble floue. La reprendre ?',
    qualityGlare: 'La lumière se reflète sur cette page. La reprendre ?',
    qualityCutOff: 'Cette page semble coupée. La reprendre ?',
    reasonBlurry: 'Les lettres ne sont pas nettes. Tenez le téléphone immobile, avec plus de lumière.',
    reasonGlare:
      'Un reflet cache une partie de la page. Inclinez un peu le téléphone, éloignez-vous de la lampe ou éteignez la lampe du téléphone.',
    reasonCutOff: 'Un bord de la page touche le bord de la photo : une partie peut manquer. Reculez un peu.',
    reasonLowResolution:
      'La page fait environ {dpi} dpi : les petits caractères risquent d’être difficiles à lire (150 dpi ou plus, c’est mieux). Rapprochez-vous.',
    problemBlurry: 'Semble floue',
    problemGlare: 'Reflet',
    problemCutOff: 'Peut-être coupée',
    problemLowResolution: 'Résolution faible ({dpi} dpi)',
    keepPage: 'La garder',
    closerForDpi: 'Environ {dpi} dpi. Rapprochez-vous pour les petits caractères.',
    lastPage: 'Dernière page prise. Vérifier vos pages',
    zoomPage: 'Agrandir la page {n}',
    actualSize: 'Taille réelle',
    fitScreen: 'Adapter à l’écran',
    close: 'Fermer',
    preview: 'La page telle qu’elle sera envoyée',
    rendering: 'Préparation de la page…',
    pageImage: 'Page {n} telle qu’elle sera envoyée',
    turned: 'Pivotée de {degrees}°',
    checkPage: 'Vérifiez cette page :',
  },
  de: {
    takePicture: 'Foto aufnehmen',
    addPicture: 'Foto hinzufügen',
    end: 'Beenden',
    generate: 'Erstellen',
    generateQuestion: 'Möchten Sie eine PDF-Datei erstellen?',
    generateExplanation:
      '{count, plural, one {Ihre Seite wird} other {Ihre # Seiten werden}} zu einer PDF-Datei zusammengefügt, die dann an Ihr Verfahren gesendet wird.',
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
    modeAuto: 'Anhand der ersten Seite für Sie gewählt. Sie können es ändern.',
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
    qualityBlurry: 'Diese Seite sieht unscharf aus. Neu aufnehmen?',
    qualityGlare: 'Auf dieser Seite spiegelt sich Licht. Neu aufnehmen?',
    qualityCutOff: 'Diese Seite sieht abgeschnitten aus. Neu aufnehmen?',
    reasonBlurry:
      'Die Buchstaben sind nicht scharf. Halten Sie das Telefon ruhig und sorgen Sie für mehr Licht.',
    reasonGlare:
      'Eine Spiegelung verdeckt einen Teil der Seite. Neigen Sie das Telefon etwas, gehen Sie von der Lampe weg oder schalten Sie die Taschenlampe aus.',
    reasonCutOff:
      'Ein Rand der Seite berührt den Bildrand, es kann also etwas fehlen. Gehen Sie etwas zurück.',
    reasonLowResolution:
      'Die Seite hat etwa {dpi} dpi: Kleine Schrift ist vielleicht schwer lesbar (150 dpi oder mehr sind besser). Gehen Sie näher heran.',
    problemBlurry: 'Unscharf',
    problemGlare: 'Spiegelung',
    problemCutOff: 'Vielleicht abgeschnitten',
    problemLowResolution: 'Geringe Auflösung ({dpi} dpi)',
    keepPage: 'Behalten',
    closerForDpi: 'Etwa {dpi} dpi. Für kleine Schrift näher herangehen.',
    lastPage: 'Zuletzt aufgenommene Seite. Seiten prüfen',
    zoomPage: 'Seite {n} vergrößern',
    actualSize: 'Originalgröße',
    fitScreen: 'An Bildschirm anpassen',
    close: 'Schließen',
    preview: 'So wird die Seite gesendet',
    rendering: 'Seite wird vorbereitet…',
    pageImage: 'Seite {n}, wie sie gesendet wird',
    turned: 'Um {degrees}° gedreht',
    checkPage: 'Prüfen Sie diese Seite:',
  },
};
