import type { Strings } from '../../platform/i18n.js';

/** The account on the phone. Quoted labels ('My procedures', 'Attach'…) are the guide's own. */
export const accountStrings: Strings<
  | 'espace'
  | 'myProcedures'
  | 'active'
  | 'closed'
  | 'noProcedures'
  | 'missingOne'
  | 'missingMany'
  | 'complete'
  | 'asOf'
  | 'loading'
  | 'retry'
  | 'backHome'
  | 'documents'
  | 'noDocuments'
  | 'type'
  | 'name'
  | 'status'
  | 'date'
  | 'filed'
  | 'replaced'
  | 'missing'
  | 'fromDevice'
  | 'fromComputer'
  | 'download'
  | 'downloadWhy'
  | 'addSupportingDocument'
  | 'attach'
  | 'replace'
  | 'chooseType'
  | 'optionalName'
  | 'continue'
  | 'cancel'
  | 'closedNotice'
  | 'requestTitle'
  | 'requestFor'
  | 'timeLeft'
  | 'openRequest'
  | 'chooseTitle'
  | 'chooseScan'
  | 'chooseScanHint'
  | 'chooseProcedure'
  | 'offlineNothing'
  | 'reference'
  | 'notificationsOffer'
  | 'notificationsTurnOn'
  | 'notificationsOn'
  | 'notificationsFailed'
> = {
  en: {
    espace: 'eSpace',
    myProcedures: 'My procedures',
    active: 'Active',
    closed: 'Closed',
    noProcedures: 'There are no procedures in this eSpace yet.',
    missingOne: '1 required document missing',
    missingMany: '{count} required documents missing',
    complete: 'All required documents received',
    asOf: 'As of {time}',
    loading: 'Loading…',
    retry: 'Try again',
    backHome: 'Back to my procedures',
    documents: 'Supporting documents',
    noDocuments: 'No documents yet.',
    type: 'Type',
    name: 'Name',
    status: 'Status',
    date: 'Date',
    filed: 'Received',
    replaced: 'Replaced',
    missing: 'Missing',
    fromDevice: 'sent from “{device}”',
    fromComputer: 'sent from the computer',
    download: 'Download',
    downloadWhy:
      'Documents are downloaded to this phone and open in its own viewer: Passerelle never displays a file inside the app, so nothing in a file can act on your account. A file is kept on the phone only once you download it.',
    addSupportingDocument: 'Add a supporting document',
    attach: 'Attach',
    replace: 'Replace',
    chooseType: 'Type of supporting document',
    optionalName: 'Name (optional)',
    continue: 'Continue',
    cancel: 'Cancel',
    closedNotice: 'This procedure is closed. You can still download its documents.',
    requestTitle: 'Your computer asks for:',
    requestFor: '{type} — {procedure}',
    timeLeft: 'Time left: {time}',
    openRequest: 'Add this document',
    chooseTitle: 'Add a document',
    chooseScan: 'Scan the QR code on my computer',
    chooseScanHint: 'When you started on the computer with ‘My mobile app’.',
    chooseProcedure: 'Or choose a procedure on this phone',
    offlineNothing: 'You are offline and this phone has not shown your procedures yet.',
    reference: 'Reference {reference}',
    notificationsOffer: 'Get a notification when your computer asks this phone for a document?',
    notificationsTurnOn: 'Turn on notifications',
    notificationsOn: 'Notifications are on. They only say that a request waits; open the app to see it.',
    notificationsFailed: 'Notifications could not be turned on in this browser. Requests still appear here.',
  },
  fr: {
    espace: 'eSpace',
    myProcedures: 'Mes démarches',
    active: 'En cours',
    closed: 'Clôturée',
    noProcedures: 'Il n’y a pas encore de démarche dans cet eSpace.',
    missingOne: '1 document obligatoire manquant',
    missingMany: '{count} documents obligatoires manquants',
    complete: 'Tous les documents obligatoires ont été reçus',
    asOf: 'État au {time}',
    loading: 'Chargement…',
    retry: 'Réessayer',
    backHome: 'Retour à mes démarches',
    documents: 'Pièces justificatives',
    noDocuments: 'Aucun document pour l’instant.',
    type: 'Type',
    name: 'Nom',
    status: 'Statut',
    date: 'Date',
    filed: 'Reçu',
    replaced: 'Remplacé',
    missing: 'Manquant',
    fromDevice: 'envoyé depuis « {device} »',
    fromComputer: 'envoyé depuis l’ordinateur',
    download: 'Télécharger',
    downloadWhy:
      'Les documents sont téléchargés sur ce téléphone et s’ouvrent dans sa propre visionneuse : Passerelle n’affiche jamais un fichier dans l’application, afin que rien dans un fichier ne puisse agir sur votre compte. Un fichier n’est conservé sur le téléphone que si vous le téléchargez.',
    addSupportingDocument: 'Ajouter une pièce justificative',
    attach: 'Joindre',
    replace: 'Remplacer',
    chooseType: 'Type de pièce justificative',
    optionalName: 'Nom (facultatif)',
    continue: 'Continuer',
    cancel: 'Annuler',
    closedNotice: 'Cette démarche est clôturée. Vous pouvez encore télécharger ses documents.',
    requestTitle: 'Votre ordinateur demande :',
    requestFor: '{type} — {procedure}',
    timeLeft: 'Temps restant : {time}',
    openRequest: 'Ajouter ce document',
    chooseTitle: 'Ajouter un document',
    chooseScan: 'Scanner le code QR de mon ordinateur',
    chooseScanHint: 'Si vous avez commencé sur l’ordinateur avec « Mon application mobile ».',
    chooseProcedure: 'Ou choisir une démarche sur ce téléphone',
    offlineNothing: 'Vous êtes hors ligne et ce téléphone n’a pas encore affiché vos démarches.',
    reference: 'Référence {reference}',
    notificationsOffer:
      'Recevoir une notification quand votre ordinateur demande un document à ce téléphone ?',
    notificationsTurnOn: 'Activer les notifications',
    notificationsOn:
      'Les notifications sont activées. Elles indiquent seulement qu’une demande attend ; ouvrez l’application pour la voir.',
    notificationsFailed:
      'Les notifications n’ont pas pu être activées dans ce navigateur. Les demandes apparaissent toujours ici.',
  },
  de: {
    espace: 'eSpace',
    myProcedures: 'Meine Verfahren',
    active: 'Laufend',
    closed: 'Abgeschlossen',
    noProcedures: 'In diesem eSpace gibt es noch keine Verfahren.',
    missingOne: '1 erforderliches Dokument fehlt',
    missingMany: '{count} erforderliche Dokumente fehlen',
    complete: 'Alle erforderlichen Dokumente sind eingegangen',
    asOf: 'Stand: {time}',
    loading: 'Wird geladen…',
    retry: 'Erneut versuchen',
    backHome: 'Zurück zu meinen Verfahren',
    documents: 'Nachweise',
    noDocuments: 'Noch keine Dokumente.',
    type: 'Art',
    name: 'Name',
    status: 'Status',
    date: 'Datum',
    filed: 'Eingegangen',
    replaced: 'Ersetzt',
    missing: 'Fehlt',
    fromDevice: 'gesendet von „{device}“',
    fromComputer: 'gesendet vom Computer',
    download: 'Herunterladen',
    downloadWhy:
      'Dokumente werden auf dieses Telefon heruntergeladen und in dessen eigener Anzeige geöffnet: Passerelle zeigt nie eine Datei in der App an, damit nichts in einer Datei auf Ihr Konto einwirken kann. Eine Datei bleibt nur auf dem Telefon, wenn Sie sie herunterladen.',
    addSupportingDocument: 'Nachweis hinzufügen',
    attach: 'Anhängen',
    replace: 'Ersetzen',
    chooseType: 'Art des Nachweises',
    optionalName: 'Name (optional)',
    continue: 'Weiter',
    cancel: 'Abbrechen',
    closedNotice: 'Dieses Verfahren ist abgeschlossen. Sie können seine Dokumente weiterhin herunterladen.',
    requestTitle: 'Ihr Computer bittet um:',
    requestFor: '{type} — {procedure}',
    timeLeft: 'Verbleibende Zeit: {time}',
    openRequest: 'Dieses Dokument hinzufügen',
    chooseTitle: 'Dokument hinzufügen',
    chooseScan: 'QR-Code auf meinem Computer scannen',
    chooseScanHint: 'Wenn Sie am Computer mit „Meine mobile App“ begonnen haben.',
    chooseProcedure: 'Oder ein Verfahren auf diesem Telefon wählen',
    offlineNothing: 'Sie sind offline, und dieses Telefon hat Ihre Verfahren noch nicht angezeigt.',
    reference: 'Aktenzeichen {reference}',
    notificationsOffer:
      'Eine Benachrichtigung erhalten, wenn Ihr Computer dieses Telefon um ein Dokument bittet?',
    notificationsTurnOn: 'Benachrichtigungen einschalten',
    notificationsOn:
      'Benachrichtigungen sind eingeschaltet. Sie sagen nur, dass eine Anfrage wartet; öffnen Sie die App, um sie zu sehen.',
    notificationsFailed:
      'Benachrichtigungen konnten in diesem Browser nicht eingeschaltet werden. Anfragen erscheinen weiterhin hier.',
  },
};
