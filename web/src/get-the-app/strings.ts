import type { Strings } from '../platform/i18n.js';

/** How to get the app: it is installed from the website, never from a store. */
export const getAppStrings: Strings<
  | 'title'
  | 'notInStore'
  | 'qrLabel'
  | 'scanOrOpen'
  | 'iconCaption'
  | 'android'
  | 'android1'
  | 'android2'
  | 'iphone'
  | 'iphone1'
  | 'iphone2'
  | 'iphone3'
  | 'cameraTip'
  | 'show'
  | 'inviteTitle'
  | 'inviteText'
  | 'install'
  | 'notNow'
  | 'installed'
> = {
  en: {
    title: 'Get the Passerelle app',
    notInStore:
      'The Passerelle app is not in an app store: you install it from this website, for free, in a few seconds.',
    qrLabel: 'QR code that opens the Passerelle app on your phone',
    scanOrOpen: 'Scan this QR code with your phone’s camera, or open {url} in your phone’s browser.',
    iconCaption: 'Then open the app from this icon on your home screen.',
    android: 'Android phone or tablet (Chrome)',
    android1: 'Open the link in Chrome.',
    android2: 'Tap ‘Install’ (or the menu ⋮, then ‘Install app’) and confirm.',
    iphone: 'iPhone or iPad (Safari)',
    iphone1: 'Open the link in Safari.',
    iphone2: 'Tap ‘Share’ (the square with an arrow).',
    iphone3: 'Tap ‘Add to Home Screen’, then ‘Add’.',
    cameraTip:
      'Tip: you can also point your phone’s own camera at the QR code of ‘Link your device’: it opens the app directly.',
    show: 'How do I get the app?',
    inviteTitle: 'Install the Passerelle app',
    inviteText: 'Add Passerelle to your home screen to open it like any app, even offline.',
    install: 'Install',
    notNow: 'Not now',
    installed: 'Passerelle is installed: open it from its icon on your home screen.',
  },
  fr: {
    title: 'Obtenir l’application Passerelle',
    notInStore:
      'L’application Passerelle ne se trouve pas dans un magasin d’applications : vous l’installez depuis ce site, gratuitement, en quelques secondes.',
    qrLabel: 'Code QR qui ouvre l’application Passerelle sur votre téléphone',
    scanOrOpen:
      'Scannez ce code QR avec l’appareil photo de votre téléphone, ou ouvrez {url} dans le navigateur de votre téléphone.',
    iconCaption: 'Ouvrez ensuite l’application depuis cette icône sur votre écran d’accueil.',
    android: 'Téléphone ou tablette Android (Chrome)',
    android1: 'Ouvrez le lien dans Chrome.',
    android2: 'Touchez « Installer » (ou le menu ⋮, puis « Installer l’application ») et confirmez.',
    iphone: 'iPhone ou iPad (Safari)',
    iphone1: 'Ouvrez le lien dans Safari.',
    iphone2: 'Touchez « Partager » (le carré avec une flèche).',
    iphone3: 'Touchez « Sur l’écran d’accueil », puis « Ajouter ».',
    cameraTip:
      'Astuce : vous pouvez aussi viser le code QR de « Lier votre appareil » avec l’appareil photo de votre téléphone : il ouvre directement l’application.',
    show: 'Comment obtenir l’application ?',
    inviteTitle: 'Installer l’application Passerelle',
    inviteText:
      'Ajoutez Passerelle à votre écran d’accueil pour l’ouvrir comme toute application, même hors ligne.',
    install: 'Installer',
    notNow: 'Pas maintenant',
    installed: 'Passerelle est installée : ouvrez-la depuis son icône sur votre écran d’accueil.',
  },
  de: {
    title: 'Die Passerelle-App erhalten',
    notInStore:
      'Die Passerelle-App gibt es in keinem App-Store: Sie installieren sie kostenlos von dieser Website, in wenigen Sekunden.',
    qrLabel: 'QR-Code, der die Passerelle-App auf Ihrem Telefon öffnet',
    scanOrOpen:
      'Scannen Sie diesen QR-Code mit der Kamera Ihres Telefons oder öffnen Sie {url} im Browser Ihres Telefons.',
    iconCaption: 'Öffnen Sie die App danach über dieses Symbol auf Ihrem Startbildschirm.',
    android: 'Android-Telefon oder -Tablet (Chrome)',
    android1: 'Öffnen Sie den Link in Chrome.',
    android2:
      'Tippen Sie auf „Installieren“ (oder auf das Menü ⋮, dann „App installieren“) und bestätigen Sie.',
    iphone: 'iPhone oder iPad (Safari)',
    iphone1: 'Öffnen Sie den Link in Safari.',
    iphone2: 'Tippen Sie auf „Teilen“ (das Quadrat mit dem Pfeil).',
    iphone3: 'Tippen Sie auf „Zum Home-Bildschirm“, dann auf „Hinzufügen“.',
    cameraTip:
      'Tipp: Sie können auch die Kamera Ihres Telefons auf den QR-Code von „Gerät verknüpfen“ richten: Er öffnet die App direkt.',
    show: 'Wie erhalte ich die App?',
    inviteTitle: 'Passerelle-App installieren',
    inviteText: 'Legen Sie Passerelle auf Ihren Startbildschirm, um es wie jede App zu öffnen, auch offline.',
    install: 'Installieren',
    notNow: 'Jetzt nicht',
    installed: 'Passerelle ist installiert: Öffnen Sie es über sein Symbol auf Ihrem Startbildschirm.',
  },
};
