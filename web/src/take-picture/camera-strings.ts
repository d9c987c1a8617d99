import type { Strings } from '../platform/i18n.js';

/** The camera screen's words. The guide's labels ('Take a picture', 'Add a picture', 'End', 'Generate', 'Confirm') are quoted exactly. */
export const cameraStrings: Strings<
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
  | 'building'
  | 'cameraDenied'
  | 'cameraMissing'
  | 'cameraInsecure'
  | 'cameraBusy'
  | 'tryAgain'
  | 'back'
  | 'noPages'
  | 'review'
  | 'closerForDpi'
  | 'lastPage'
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
    closerForDpi: 'About {dpi} dpi. Move closer for small print.',
    lastPage: 'Last page taken. Check your pages',
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
    closerForDpi: 'Environ {dpi} dpi. Rapprochez-vous pour les petits caractères.',
    lastPage: 'Dernière page prise. Vérifier vos pages',
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
    closerForDpi: 'Etwa {dpi} dpi. Für kleine Schrift näher herangehen.',
    lastPage: 'Zuletzt aufgenommene Seite. Seiten prüfen',
  },
};
