import type { Strings } from '../platform/i18n.js';

export const phoneStrings: Strings<
  'brand' | 'welcome' | 'intro' | 'offline' | 'language' | 'notFound' | 'home'
> = {
  en: {
    brand: 'Passerelle',
    welcome: 'Welcome',
    intro: 'Send documents from this phone into your procedures, and link it to your account.',
    offline:
      'You are offline. What you have started is kept on this phone and continues when the connection returns.',
    language: 'Language',
    notFound: 'This page does not exist.',
    home: 'Home',
  },
  fr: {
    brand: 'Passerelle',
    welcome: 'Bienvenue',
    intro: 'Envoyez des documents depuis ce téléphone dans vos démarches, et liez-le à votre compte.',
    offline:
      'Vous êtes hors ligne. Ce que vous avez commencé reste sur ce téléphone et reprend au retour de la connexion.',
    language: 'Langue',
    notFound: 'Cette page n’existe pas.',
    home: 'Accueil',
  },
  de: {
    brand: 'Passerelle',
    welcome: 'Willkommen',
    intro: 'Senden Sie Dokumente von diesem Telefon in Ihre Verfahren und verknüpfen Sie es mit Ihrem Konto.',
    offline:
      'Sie sind offline. Was Sie begonnen haben, bleibt auf diesem Telefon und wird fortgesetzt, sobald die Verbindung zurück ist.',
    language: 'Sprache',
    notFound: 'Diese Seite gibt es nicht.',
    home: 'Startseite',
  },
};
