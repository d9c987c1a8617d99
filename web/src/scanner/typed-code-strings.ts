import type { Strings } from '../platform/i18n.js';

/** 'Type the code instead' on the phone and the code beside each QR on the computer. */
export const typedCodeStrings: Strings<
  | 'typeInstead'
  | 'typeTitle'
  | 'codeLabel'
  | 'codeHintLink'
  | 'codeHintAdd'
  | 'useCode'
  | 'checking'
  | 'scanInstead'
  | 'empty'
  | 'malformed'
  | 'orType'
  | 'spelled'
  | 'offline'
  | 'hint'
  | 'torchOn'
  | 'torchOff'
> = {
  en: {
    typeInstead: 'Type the code instead',
    typeTitle: 'Type the code',
    codeLabel: 'Code shown on your computer',
    codeHintLink:
      'On your computer, the code is under the QR code on the ‘Link your device’ page: 8 letters and digits, like 4K7M 2QXD.',
    codeHintAdd:
      'On your computer, the code is under the QR code in ‘My mobile app’: 8 letters and digits, like 4K7M 2QXD.',
    useCode: 'Use this code',
    checking: 'Checking the code…',
    scanInstead: 'Scan the QR code instead',
    empty: 'Type the code shown on your computer.',
    malformed: 'A code has 8 letters and digits, like 4K7M 2QXD. Check the code on your computer.',
    orType: 'No camera? In the app, choose ‘Type the code instead’ and type:',
    spelled: 'Code: {characters}',
    offline: 'Your phone is offline. Connect to the internet, then choose ‘Use this code’ again.',
    hint: 'No code found yet. Move a little closer, tilt the phone to avoid reflections on the screen, or choose ‘Type the code instead’.',
    torchOn: 'Turn on the light',
    torchOff: 'Turn off the light',
  },
  fr: {
    typeInstead: 'Saisir le code à la place',
    typeTitle: 'Saisir le code',
    codeLabel: 'Code affiché sur votre ordinateur',
    codeHintLink:
      'Sur votre ordinateur, le code se trouve sous le code QR de la page «\u00a0Lier votre appareil\u00a0»\u00a0: 8\u00a0lettres et chiffres, par exemple 4K7M 2QXD.',
    codeHintAdd:
      'Sur votre ordinateur, le code se trouve sous le code QR dans «\u00a0Mon application mobile\u00a0»\u00a0: 8\u00a0lettres et chiffres, par exemple 4K7M 2QXD.',
    useCode: 'Utiliser ce code',
    checking: 'Vérification du code…',
    scanInstead: 'Scanner le code QR à la place',
    empty: 'Saisissez le code affiché sur votre ordinateur.',
    malformed:
      'Un code compte 8\u00a0lettres et chiffres, par exemple 4K7M 2QXD. Vérifiez le code sur votre ordinateur.',
    orType:
      'Pas de caméra\u00a0? Dans l’application, choisissez «\u00a0Saisir le code à la place\u00a0» et saisissez\u00a0:',
    spelled: 'Code\u00a0: {characters}',
    offline:
      'Votre téléphone est hors ligne. Connectez-vous à internet, puis choisissez à nouveau «\u00a0Utiliser ce code\u00a0».',
    hint: 'Aucun code trouvé pour l’instant. Rapprochez-vous un peu, inclinez le téléphone pour éviter les reflets sur l’écran, ou choisissez «\u00a0Saisir le code à la place\u00a0».',
    torchOn: 'Allumer la lampe',
    torchOff: 'Éteindre la lampe',
  },
  de: {
    typeInstead: 'Code stattdessen eingeben',
    typeTitle: 'Code eingeben',
    codeLabel: 'Code auf Ihrem Computer',
    codeHintLink:
      'Auf Ihrem Computer steht der Code unter dem QR-Code auf der Seite „Gerät verknüpfen“: 8 Buchstaben und Ziffern, z.\u00a0B. 4K7M 2QXD.',
    codeHintAdd:
      'Auf Ihrem Computer steht der Code unter dem QR-Code in „Meine mobile App“: 8 Buchstaben und Ziffern, z.\u00a0B. 4K7M 2QXD.',
    useCode: 'Diesen Code verwenden',
    checking: 'Code wird geprüft …',
    scanInstead: 'Stattdessen QR-Code scannen',
    empty: 'Geben Sie den Code ein, der auf Ihrem Computer angezeigt wird.',
    malformed:
      'Ein Code hat 8 Buchstaben und Ziffern, z.\u00a0B. 4K7M 2QXD. Prüfen Sie den Code auf Ihrem Computer.',
    orType: 'Keine Kamera? Wählen Sie in der App „Code stattdessen eingeben“ und geben Sie ein:',
    spelled: 'Code: {characters}',
    offline:
      'Ihr Telefon ist offline. Verbinden Sie es mit dem Internet und wählen Sie dann erneut „Diesen Code verwenden“.',
    hint: 'Noch kein Code gefunden. Gehen Sie etwas näher heran, neigen Sie das Telefon, um Spiegelungen auf dem Bildschirm zu vermeiden, oder wählen Sie „Code stattdessen eingeben“.',
    torchOn: 'Licht einschalten',
    torchOff: 'Licht ausschalten',
  },
};
