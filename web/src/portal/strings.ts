import type { Strings } from '../platform/i18n.js';

/** The desktop portal's words. Quoted labels ('My procedures', 'Attach'…) are the guide's own. */
export const portalStrings: Strings<
  | 'brand'
  | 'tagline'
  | 'heroTitle'
  | 'signInTitle'
  | 'signInIntro'
  | 'signInWith'
  | 'luxtrust'
  | 'eid'
  | 'signInFailed'
  | 'signInCancelled'
  | 'signInExpired'
  | 'sessionExpired'
  | 'signOut'
  | 'language'
  | 'espace'
  | 'myProcedures'
  | 'activeProcedures'
  | 'closedProcedures'
  | 'noProcedures'
  | 'reference'
  | 'openedOn'
  | 'statusActive'
  | 'statusClosed'
  | 'supportingDocuments'
  | 'documentType'
  | 'documentName'
  | 'documentStatus'
  | 'documentDate'
  | 'required'
  | 'optional'
  | 'missing'
  | 'filed'
  | 'replaced'
  | 'download'
  | 'addSupportingDocument'
  | 'attach'
  | 'replace'
  | 'back'
  | 'loading'
  | 'retry'
  | 'closedNotice'
  | 'history'
  | 'pages'
  | 'fromPhone'
  | 'mainContent'
  | 'skipToContent'
  | 'account'
  | 'notFound'
> = {
  en: {
    brand: 'Passerelle',
    heroTitle: 'Send the documents your procedures need',
    tagline:
      'Passerelle adds supporting documents to your administrative procedures: choose a file on your computer, or take pictures of paper documents with your phone. Sign in with LuxTrust or eID to see your procedures.',
    signInTitle: 'Sign in to your account',
    signInIntro: 'Use your LuxTrust product or your electronic identity card (eID).',
    signInWith: 'Sign in with',
    luxtrust: 'LuxTrust',
    eid: 'eID',
    signInFailed: 'Sign-in did not work. Please try again.',
    signInCancelled: 'Sign-in was cancelled. You can try again whenever you like.',
    signInExpired: 'Sign-in took too long. Please start again.',
    sessionExpired: 'You were signed out because your session ended. Sign in again to continue.',
    signOut: 'Sign out',
    language: 'Language',
    espace: 'eSpace',
    myProcedures: 'My procedures',
    activeProcedures: 'Active procedures',
    closedProcedures: 'Closed procedures',
    noProcedures: 'There are no procedures in this eSpace yet.',
    reference: 'Reference',
    openedOn: 'Opened on {date}',
    statusActive: 'Active',
    statusClosed: 'Closed',
    supportingDocuments: 'Supporting documents',
    documentType: 'Type',
    documentName: 'Name',
    documentStatus: 'Status',
    documentDate: 'Date',
    required: 'Required',
    optional: 'Optional',
    missing: 'Missing',
    filed: 'Received',
    replaced: 'Replaced',
    download: 'Download',
    addSupportingDocument: 'Add a supporting document',
    attach: 'Attach',
    replace: 'Replace',
    back: 'Back to my procedures',
    loading: 'Loading…',
    retry: 'Try again',
    closedNotice: 'This procedure is closed. You can still download its documents.',
    history: 'Earlier versions',
    pages: '{count} p.',
    fromPhone: 'from the phone',
    mainContent: 'Main content',
    skipToContent: 'Skip to content',
    account: 'Account',
    notFound: 'This page does not exist.',
  },
  fr: {
    brand: 'Passerelle',
    heroTitle: 'Envoyez les documents de vos démarches',
    tagline:
      'Passerelle ajoute les pièces justificatives à vos démarches administratives : choisissez un fichier sur votre ordinateur, ou photographiez vos documents papier avec votre téléphone. Connectez-vous avec LuxTrust ou eID pour voir vos démarches.',
    signInTitle: 'Connectez-vous à votre compte',
    signInIntro: 'Utilisez votre produit LuxTrust ou votre carte d’identité électronique (eID).',
    signInWith: 'Se connecter avec',
    luxtrust: 'LuxTrust',
    eid: 'eID',
    signInFailed: 'La connexion n’a pas abouti. Veuillez réessayer.',
    signInCancelled: 'La connexion a été annulée. Vous pouvez réessayer quand vous le souhaitez.',
    signInExpired: 'La connexion a pris trop de temps. Veuillez recommencer.',
    sessionExpired: 'Vous avez été déconnecté car votre session a pris fin. Reconnectez-vous pour continuer.',
    signOut: 'Se déconnecter',
    language: 'Langue',
    espace: 'eSpace',
    myProcedures: 'Mes démarches',
    activeProcedures: 'Démarches en cours',
    closedProcedures: 'Démarches clôturées',
    noProcedures: 'Il n’y a pas encore de démarche dans cet eSpace.',
    reference: 'Référence',
    openedOn: 'Ouverte le {date}',
    statusActive: 'En cours',
    statusClosed: 'Clôturée',
    supportingDocuments: 'Pièces justificatives',
    documentType: 'Type',
    documentName: 'Nom',
    documentStatus: 'Statut',
    documentDate: 'Date',
    required: 'Obligatoire',
    optional: 'Facultative',
    missing: 'Manquante',
    filed: 'Reçue',
    replaced: 'Remplacée',
    download: 'Télécharger',
    addSupportingDocument: 'Ajouter une pièce justificative',
    attach: 'Joindre',
    replace: 'Remplacer',
    back: 'Retour à mes démarches',
    loading: 'Chargement…',
    retry: 'Réessayer',
    closedNotice: 'Cette démarche est clôturée. Vous pouvez encore télécharger ses documents.',
    history: 'Versions précédentes',
    pages: '{count} p.',
    fromPhone: 'depuis le téléphone',
    mainContent: 'Contenu principal',
    skipToContent: 'Aller au contenu',
    account: 'Compte',
    notFound: 'Cette page n’existe pas.',
  },
  de: {
    brand: 'Passerelle',
    heroTitle: 'Senden Sie die Dokumente für Ihre Verfahren',
    tagline:
      'Passerelle fügt Ihren Verwaltungsverfahren Nachweise hinzu: Wählen Sie eine Datei auf Ihrem Computer oder fotografieren Sie Papierdokumente mit Ihrem Telefon. Melden Sie sich mit LuxTrust oder eID an, um Ihre Verfahren zu sehen.',
    signInTitle: 'Melden Sie sich bei Ihrem Konto an',
    signInIntro: 'Verwenden Sie Ihr LuxTrust-Produkt oder Ihren elektronischen Personalausweis (eID).',
    signInWith: 'Anmelden mit',
    luxtrust: 'LuxTrust',
    eid: 'eID',
    signInFailed: 'Die Anmeldung hat nicht funktioniert. Bitte versuchen Sie es erneut.',
    signInCancelled: 'Die Anmeldung wurde abgebrochen. Sie können es jederzeit erneut versuchen.',
    signInExpired: 'Die Anmeldung hat zu lange gedauert. Bitte beginnen Sie von vorn.',
    sessionExpired: 'Sie wurden abgemeldet, weil Ihre Sitzung beendet wurde. Melden Sie sich erneut an.',
    signOut: 'Abmelden',
    language: 'Sprache',
    espace: 'eSpace',
    myProcedures: 'Meine Verfahren',
    activeProcedures: 'Laufende Verfahren',
    closedProcedures: 'Abgeschlossene Verfahren',
    noProcedures: 'In diesem eSpace gibt es noch keine Verfahren.',
    reference: 'Aktenzeichen',
    openedOn: 'Eröffnet am {date}',
    statusActive: 'Laufend',
    statusClosed: 'Abgeschlossen',
    supportingDocuments: 'Nachweise',
    documentType: 'Art',
    documentName: 'Name',
    documentStatus: 'Status',
    documentDate: 'Datum',
    required: 'Erforderlich',
    optional: 'Freiwillig',
    missing: 'Fehlt',
    filed: 'Eingegangen',
    replaced: 'Ersetzt',
    download: 'Herunterladen',
    addSupportingDocument: 'Nachweis hinzufügen',
    attach: 'Anhängen',
    replace: 'Ersetzen',
    back: 'Zurück zu meinen Verfahren',
    loading: 'Wird geladen…',
    retry: 'Erneut versuchen',
    closedNotice: 'Dieses Verfahren ist abgeschlossen. Sie können seine Dokumente weiterhin herunterladen.',
    history: 'Frühere Versionen',
    pages: '{count} S.',
    fromPhone: 'vom Telefon',
    mainContent: 'Hauptinhalt',
    skipToContent: 'Zum Inhalt springen',
    account: 'Konto',
    notFound: 'Diese Seite gibt es nicht.',
  },
};
