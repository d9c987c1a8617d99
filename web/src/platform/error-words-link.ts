import type { Language } from './i18n.js';

/** Errors of linking a phone, typed short codes and devices. Part of the one table, error-words.ts. */
export const linkWords = {
  // Linking and devices (functions/src/link, functions/src/devices)
  link_code_used: {
    en: 'This QR code has already been used. Generate a new QR code on your computer and scan it.',
    fr: 'Ce code QR a déjà été utilisé. Générez un nouveau code QR sur votre ordinateur et scannez-le.',
    de: 'Dieser QR-Code wurde bereits verwendet. Erzeugen Sie auf Ihrem Computer einen neuen QR-Code und scannen Sie ihn.',
  },
  link_code_expired: {
    en: 'This QR code has expired. Generate a new QR code on your computer and scan it.',
    fr: 'Ce code QR a expiré. Générez un nouveau code QR sur votre ordinateur et scannez-le.',
    de: 'Dieser QR-Code ist abgelaufen. Erzeugen Sie auf Ihrem Computer einen neuen QR-Code und scannen Sie ihn.',
  },
  link_code_unknown: {
    en: 'This QR code is not valid. Generate a new QR code on your computer and scan it.',
    fr: 'Ce code QR n’est pas valide. Générez un nouveau code QR sur votre ordinateur et scannez-le.',
    de: 'Dieser QR-Code ist ungültig. Erzeugen Sie auf Ihrem Computer einen neuen QR-Code und scannen Sie ihn.',
  },
  too_many_attempts: {
    en: 'Too many codes that are not valid. Wait a few minutes and try again.',
    fr: 'Trop de codes non valides. Attendez quelques minutes et réessayez.',
    de: 'Zu viele ungültige Codes. Warten Sie einige Minuten und versuchen Sie es erneut.',
  },
  reauth_required: {
    en: 'For your security, sign in again before linking a device: your sign-in is too old.',
    fr: 'Pour votre sécurité, reconnectez-vous avant de lier un appareil : votre connexion est trop ancienne.',
    de: 'Zu Ihrer Sicherheit melden Sie sich erneut an, bevor Sie ein Gerät verknüpfen: Ihre Anmeldung ist zu alt.',
  },
  password_too_short: {
    en: 'This password is too short: use at least 8 characters.',
    fr: 'Ce mot de passe est trop court : utilisez au moins 8 caractères.',
    de: 'Dieses Passwort ist zu kurz: Verwenden Sie mindestens 8 Zeichen.',
  },
  password_too_long: {
    en: 'This password is too long: use at most 1024 characters.',
    fr: 'Ce mot de passe est trop long : utilisez au plus 1024 caractères.',
    de: 'Dieses Passwort ist zu lang: Verwenden Sie höchstens 1024 Zeichen.',
  },
  password_too_common: {
    en: 'This password is too easy to guess. Choose a longer one: a few words that do not go together make a good password.',
    fr: 'Ce mot de passe est trop facile à deviner. Choisissez-en un plus long : quelques mots sans rapport entre eux font un bon mot de passe.',
    de: 'Dieses Passwort ist zu leicht zu erraten. Wählen Sie ein längeres: Einige Wörter, die nicht zusammenpassen, ergeben ein gutes Passwort.',
  },
  device_name_required: {
    en: 'Give this device a name, for example “My phone”.',
    fr: 'Donnez un nom à cet appareil, par exemple « Mon téléphone ».',
    de: 'Geben Sie diesem Gerät einen Namen, zum Beispiel „Mein Telefon“.',
  },
  device_unlinked: {
    en: 'This device is no longer linked to your account. Link it again.',
    fr: 'Cet appareil n’est plus lié à votre compte. Liez-le de nouveau.',
    de: 'Dieses Gerät ist nicht mehr mit Ihrem Konto verknüpft. Verknüpfen Sie es erneut.',
  },
  device_locked: {
    en: 'This device is locked after too many wrong passwords. Link it again from your computer.',
    fr: 'Cet appareil est verrouillé après trop de mots de passe erronés. Liez-le de nouveau depuis votre ordinateur.',
    de: 'Dieses Gerät ist nach zu vielen falschen Passwörtern gesperrt. Verknüpfen Sie es erneut von Ihrem Computer aus.',
  },
  device_session_ended: {
    en: 'Unlock the app to continue.',
    fr: 'Déverrouillez l’application pour continuer.',
    de: 'Entsperren Sie die App, um fortzufahren.',
  },
  challenge_invalid: {
    en: 'This unlock attempt has expired or was already used. Try again.',
    fr: 'Cette tentative de déverrouillage a expiré ou a déjà été utilisée. Réessayez.',
    de: 'Dieser Entsperrversuch ist abgelaufen oder wurde bereits verwendet. Versuchen Sie es erneut.',
  },
  signature_invalid: {
    en: 'This device could not prove it is the one that was linked. Link it again.',
    fr: 'Cet appareil n’a pas pu prouver qu’il est celui qui a été lié. Liez-le de nouveau.',
    de: 'Dieses Gerät konnte nicht nachweisen, dass es das verknüpfte ist. Verknüpfen Sie es erneut.',
  },
  biometrics_refused: {
    en: 'Face or fingerprint unlock did not work. Use your password instead.',
    fr: 'Le déverrouillage par visage ou empreinte n’a pas fonctionné. Utilisez plutôt votre mot de passe.',
    de: 'Entsperren mit Gesicht oder Fingerabdruck hat nicht funktioniert. Verwenden Sie stattdessen Ihr Passwort.',
  },
  biometrics_off: {
    en: 'Face or fingerprint unlock is not turned on for this device.',
    fr: 'Le déverrouillage par visage ou empreinte n’est pas activé sur cet appareil.',
    de: 'Entsperren mit Gesicht oder Fingerabdruck ist für dieses Gerät nicht eingeschaltet.',
  },
  credential_exists: {
    en: 'Face or fingerprint unlock is already set up with this authenticator.',
    fr: 'Le déverrouillage par visage ou empreinte est déjà configuré avec cet authentificateur.',
    de: 'Entsperren mit Gesicht oder Fingerabdruck ist mit diesem Authentifikator bereits eingerichtet.',
  },
  unlink_link_invalid: {
    en: 'This link has expired or was already used. Sign in on your computer and open ‘My devices’ to unlink a device.',
    fr: 'Ce lien a expiré ou a déjà été utilisé. Connectez-vous sur votre ordinateur et ouvrez « Mes appareils » pour délier un appareil.',
    de: 'Dieser Link ist abgelaufen oder wurde bereits verwendet. Melden Sie sich auf Ihrem Computer an und öffnen Sie „Meine Geräte“, um eine Verknüpfung aufzuheben.',
  },
  device_already_unlinked: {
    en: 'This device is already unlinked from your account.',
    fr: 'Cet appareil est déjà délié de votre compte.',
    de: 'Die Verknüpfung mit diesem Gerät ist bereits aufgehoben.',
  },
  // A link by typed code waiting for approval
  link_approval_pending: {
    en: 'On your computer, check the name of this phone and choose ‘Yes, link it’.',
    fr: 'Sur votre ordinateur, vérifiez le nom de ce téléphone et choisissez «\u00a0Oui, le lier\u00a0».',
    de: 'Prüfen Sie auf Ihrem Computer den Namen dieses Telefons und wählen Sie „Ja, verknüpfen“.',
  },
  link_refused: {
    en: 'The link was refused on the computer. If this is your phone, make a new code on your computer.',
    fr: 'La liaison a été refusée sur l’ordinateur. S’il s’agit de votre téléphone, créez un nouveau code sur votre ordinateur.',
    de: 'Die Verknüpfung wurde auf dem Computer abgelehnt. Wenn dies Ihr Telefon ist, erzeugen Sie auf Ihrem Computer einen neuen Code.',
  },
  link_approval_gone: {
    en: 'This request is no longer waiting: the phone changed its name or the code ended.',
    fr: 'Cette demande n’est plus en attente\u00a0: le téléphone a changé de nom ou le code a pris fin.',
    de: 'Diese Anfrage wartet nicht mehr: Das Telefon hat seinen Namen geändert oder der Code ist abgelaufen.',
  },
  // Typed short codes (functions/src/link/short-code-*.ts)
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
} satisfies Record<string, Record<Language, string>>;
