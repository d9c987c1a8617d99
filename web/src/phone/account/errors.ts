import { registerErrors } from '../../platform/errors.js';

/** Translations of the account routes' errors (functions/src/account, SECURITY.md rows 47–49). */
registerErrors({
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
});
