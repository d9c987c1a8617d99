import { registerErrors } from '../platform/errors.js';

/** The web's words for the typed-code API's errors (functions/src/link/short-code-*.ts). */
registerErrors({
  short_code_malformed: {
    en: 'A code has 8 letters and digits, like 4K7M 2QXD. Check the code on your computer and type it again.',
    fr: 'Un code compte 8\u00a0lettres et chiffres, par exemple 4K7M 2QXD. Vérifiez le code sur votre ordinateur et saisissez-le à nouveau.',
    de: 'Ein Code hat 8 Buchstaben und Ziffern, z.\u00a0B. 4K7M 2QXD. Prüfen Sie den Code auf Ihrem Computer und geben Sie ihn erneut ein.',
  },
  short_code_wrong: {
    en: 'This code is not right. Check it on your computer’s screen and type it again. After 3 wrong tries it stops working.',
    fr: 'Ce code n’est pas le bon. Vérifiez-le sur l’écran de votre ordinateur et saisissez-le à nouveau. Après 3\u00a0essais erronés, il ne fonctionne plus.',
    de: 'Dieser Code ist nicht richtig. Prüfen Sie ihn auf dem Bildschirm Ihres Computers und geben Sie ihn erneut ein. Nach 3 falschen Versuchen funktioniert er nicht mehr.',
  },
  short_code_dead: {
    en: 'This code no longer works: it was typed wrong too many times. On your computer, make a new code.',
    fr: 'Ce code ne fonctionne plus\u00a0: il a été mal saisi trop de fois. Sur votre ordinateur, créez un nouveau code.',
    de: 'Dieser Code funktioniert nicht mehr: Er wurde zu oft falsch eingegeben. Erzeugen Sie auf Ihrem Computer einen neuen Code.',
  },
  short_code_used: {
    en: 'This code has already been used. On your computer, make a new code.',
    fr: 'Ce code a déjà été utilisé. Sur votre ordinateur, créez un nouveau code.',
    de: 'Dieser Code wurde bereits verwendet. Erzeugen Sie auf Ihrem Computer einen neuen Code.',
  },
  short_code_expired: {
    en: 'This code has expired. On your computer, make a new code.',
    fr: 'Ce code a expiré. Sur votre ordinateur, créez un nouveau code.',
    de: 'Dieser Code ist abgelaufen. Erzeugen Sie auf Ihrem Computer einen neuen Code.',
  },
  short_code_for_link: {
    en: 'This code is for linking a phone, not for adding a document. On your phone, choose ‘Link a device’ and type it there.',
    fr: 'Ce code sert à lier un téléphone, pas à ajouter un document. Sur votre téléphone, choisissez «\u00a0Lier un appareil\u00a0» et saisissez-le là.',
    de: 'Dieser Code dient zum Verknüpfen eines Telefons, nicht zum Hinzufügen eines Dokuments. Wählen Sie auf Ihrem Telefon „Gerät verknüpfen“ und geben Sie ihn dort ein.',
  },
  short_code_for_add: {
    en: 'This code is for adding a document, not for linking a phone. On your phone, choose ‘Add a document’ and type it there.',
    fr: 'Ce code sert à ajouter un document, pas à lier un téléphone. Sur votre téléphone, choisissez «\u00a0Ajouter un document\u00a0» et saisissez-le là.',
    de: 'Dieser Code dient zum Hinzufügen eines Dokuments, nicht zum Verknüpfen eines Telefons. Wählen Sie auf Ihrem Telefon „Dokument hinzufügen“ und geben Sie ihn dort ein.',
  },
  short_code_too_many: {
    en: 'Too many codes typed from this connection. Wait 15 minutes, or scan the QR code instead.',
    fr: 'Trop de codes saisis depuis cette connexion. Attendez 15\u00a0minutes ou scannez plutôt le code QR.',
    de: 'Zu viele Codes über diese Verbindung eingegeben. Warten Sie 15 Minuten oder scannen Sie stattdessen den QR-Code.',
  },
});
