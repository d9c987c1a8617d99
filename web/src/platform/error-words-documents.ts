import type { Language } from './i18n.js';

/** Errors of upload codes and of the phone's account. Part of the one table, error-words.ts. */
export const documentWords = {
  // Upload codes (functions/src/add-document, documents)
  upload_code_unknown: {
    en: 'This QR code is not valid. On your computer, generate a new code and scan it again.',
    fr: 'Ce code QR n’est pas valide. Sur votre ordinateur, générez un nouveau code et scannez-le de nouveau.',
    de: 'Dieser QR-Code ist ungültig. Erstellen Sie auf Ihrem Computer einen neuen Code und scannen Sie ihn erneut.',
  },
  upload_code_expired: {
    en: 'This QR code has expired (codes are valid for 30 minutes). On your computer, generate a new code and scan it again.',
    fr: 'Ce code QR a expiré (les codes sont valables 30 minutes). Sur votre ordinateur, générez un nouveau code et scannez-le de nouveau.',
    de: 'Dieser QR-Code ist abgelaufen (Codes gelten 30 Minuten). Erstellen Sie auf Ihrem Computer einen neuen Code und scannen Sie ihn erneut.',
  },
  upload_code_cancelled: {
    en: 'This QR code was cancelled on the computer. Generate a new code there and scan it again.',
    fr: 'Ce code QR a été annulé sur l’ordinateur. Générez-y un nouveau code et scannez-le de nouveau.',
    de: 'Dieser QR-Code wurde am Computer storniert. Erstellen Sie dort einen neuen Code und scannen Sie ihn erneut.',
  },
  upload_code_used: {
    en: 'This QR code has already been used: its document was added. To add another one, generate a new code on your computer.',
    fr: 'Ce code QR a déjà été utilisé : son document a été ajouté. Pour en ajouter un autre, générez un nouveau code sur votre ordinateur.',
    de: 'Dieser QR-Code wurde bereits verwendet: Sein Dokument wurde hinzugefügt. Um ein weiteres hinzuzufügen, erstellen Sie einen neuen Code auf Ihrem Computer.',
  },
  upload_code_filing: {
    en: 'The document sent with this QR code is still being checked and filed, so it has not been added yet. Keep it on your phone and try again in a moment.',
    fr: 'Le document envoyé avec ce code QR est encore en cours de vérification et de classement : il n’a pas encore été ajouté. Gardez-le sur votre téléphone et réessayez dans un instant.',
    de: 'Das mit diesem QR-Code gesendete Dokument wird noch geprüft und abgelegt und wurde daher noch nicht hinzugefügt. Behalten Sie es auf Ihrem Telefon und versuchen Sie es gleich erneut.',
  },
  upload_code_claimed: {
    en: 'This QR code is already being used by another phone. Finish on that phone, or generate a new code on your computer.',
    fr: 'Ce code QR est déjà utilisé par un autre téléphone. Terminez sur ce téléphone, ou générez un nouveau code sur votre ordinateur.',
    de: 'Dieser QR-Code wird bereits von einem anderen Telefon verwendet. Schließen Sie dort ab oder erstellen Sie einen neuen Code auf Ihrem Computer.',
  },
  upload_code_not_allowed: {
    en: 'An upload code can only be used to send a document. Sign in on the portal to see your procedures.',
    fr: 'Un code d’envoi sert uniquement à envoyer un document. Connectez-vous au portail pour voir vos démarches.',
    de: 'Ein Upload-Code dient nur zum Senden eines Dokuments. Melden Sie sich im Portal an, um Ihre Verfahren zu sehen.',
  },
  too_many_uploads: {
    en: 'Too many attempts to send a file with this QR code. Generate a new code on your computer.',
    fr: 'Trop de tentatives d’envoi avec ce code QR. Générez un nouveau code sur votre ordinateur.',
    de: 'Zu viele Sendeversuche mit diesem QR-Code. Erstellen Sie einen neuen Code auf Ihrem Computer.',
  },
  upload_missing: {
    en: 'The file did not arrive. Check your connection and send it again.',
    fr: 'Le fichier n’est pas arrivé. Vérifiez votre connexion et envoyez-le de nouveau.',
    de: 'Die Datei ist nicht angekommen. Prüfen Sie Ihre Verbindung und senden Sie sie erneut.',
  },
  pdf_too_complex: {
    en: 'This PDF is too complex to be checked. Print it to a new PDF and try again.',
    fr: 'Ce PDF est trop complexe pour être vérifié. Imprimez-le dans un nouveau PDF et réessayez.',
    de: 'Dieses PDF ist zu komplex für die Prüfung. Drucken Sie es in ein neues PDF und versuchen Sie es erneut.',
  },
  // The phone account (functions/src/account, SECURITY.md rows 47–49)
  computer_only: {
    en: 'This can only be done on your computer, signed in to your account.',
    fr: 'Cela ne peut se faire que sur votre ordinateur, connecté à votre compte.',
    de: 'Dies ist nur auf Ihrem Computer möglich, angemeldet bei Ihrem Konto.',
  },
  request_for_another_device: {
    en: 'This request was sent to another device. Open it on that device, or ask again from your computer.',
    fr: 'Cette demande a été envoyée à un autre appareil. Ouvrez-la sur cet appareil, ou refaites la demande depuis votre ordinateur.',
    de: 'Diese Anfrage wurde an ein anderes Gerät gesendet. Öffnen Sie sie dort oder fragen Sie erneut von Ihrem Computer aus.',
  },
  device_not_found: {
    en: 'This device is no longer linked to your account, or is locked. Choose another one or use the QR code.',
    fr: 'Cet appareil n’est plus lié à votre compte, ou il est verrouillé. Choisissez-en un autre ou utilisez le code QR.',
    de: 'Dieses Gerät ist nicht mehr mit Ihrem Konto verknüpft oder gesperrt. Wählen Sie ein anderes oder verwenden Sie den QR-Code.',
  },
  push_unavailable: {
    en: 'Notifications are not available on this service.',
    fr: 'Les notifications ne sont pas disponibles sur ce service.',
    de: 'Benachrichtigungen sind bei diesem Dienst nicht verfügbar.',
  },
  push_endpoint_refused: {
    en: 'This browser’s notification service is not supported.',
    fr: 'Le service de notification de ce navigateur n’est pas pris en charge.',
    de: 'Der Benachrichtigungsdienst dieses Browsers wird nicht unterstützt.',
  },
} satisfies Record<string, Record<Language, string>>;
