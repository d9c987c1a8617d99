import { registerErrors } from '../platform/errors.js';

/** The web's words for the link and device API's error codes (functions/src/link, functions/src/devices). */
registerErrors({
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
});
