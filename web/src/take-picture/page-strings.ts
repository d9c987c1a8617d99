import type { Strings } from '../platform/i18n.js';

/** The words about pages: the list, the editor ('Adjust the page'), the viewer, the colour modes and the quality problems. */
export const pageStrings: Strings<
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
