import type { Language } from './i18n.js';

/** Errors any screen can meet: requests, sessions, files, checks, services. Part of the one table, error-words.ts. */
export const generalWords = {
  // General
  network_unreachable: {
    en: 'We cannot reach Passerelle. Check your internet connection and try again.',
    fr: 'Impossible de joindre Passerelle. Vérifiez votre connexion internet et réessayez.',
    de: 'Passerelle ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  },
  internal_error: {
    en: 'Something went wrong on our side. Please try again in a moment.',
    fr: 'Un problème est survenu de notre côté. Veuillez réessayer dans un instant.',
    de: 'Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es gleich noch einmal.',
  },
  signed_out: {
    en: 'You are not signed in. Sign in with LuxTrust or eID to continue.',
    fr: 'Vous n’êtes pas connecté. Connectez-vous avec LuxTrust ou eID pour continuer.',
    de: 'Sie sind nicht angemeldet. Melden Sie sich mit LuxTrust oder eID an, um fortzufahren.',
  },
  session_expired: {
    en: 'You were signed out because your session ended. Sign in again to continue.',
    fr: 'Vous avez été déconnecté car votre session a pris fin. Reconnectez-vous pour continuer.',
    de: 'Sie wurden abgemeldet, weil Ihre Sitzung beendet wurde. Melden Sie sich erneut an.',
  },
  forbidden: {
    en: 'You do not have access to this. Switch eSpace or sign in with another account.',
    fr: 'Vous n’avez pas accès à ceci. Changez d’eSpace ou connectez-vous avec un autre compte.',
    de: 'Sie haben darauf keinen Zugriff. Wechseln Sie den eSpace oder melden Sie sich mit einem anderen Konto an.',
  },
  not_found: {
    en: 'This could not be found. Check the address or go back.',
    fr: 'Introuvable. Vérifiez l’adresse ou revenez en arrière.',
    de: 'Nicht gefunden. Prüfen Sie die Adresse oder gehen Sie zurück.',
  },
  procedure_closed: {
    en: 'This procedure is closed: documents can no longer be added to it.',
    fr: 'Cette démarche est clôturée : on ne peut plus y ajouter de documents.',
    de: 'Dieses Verfahren ist abgeschlossen: Es können keine Dokumente mehr hinzugefügt werden.',
  },
  file_too_large: {
    en: 'This file is too large. Send a smaller file (at most 20 MB).',
    fr: 'Ce fichier est trop volumineux. Envoyez un fichier plus petit (20 Mo au maximum).',
    de: 'Diese Datei ist zu groß. Senden Sie eine kleinere Datei (höchstens 20 MB).',
  },
  file_empty: {
    en: 'This file is empty. Choose another file.',
    fr: 'Ce fichier est vide. Choisissez un autre fichier.',
    de: 'Diese Datei ist leer. Wählen Sie eine andere Datei.',
  },
  not_a_pdf: {
    en: 'This file is not a PDF. Choose a PDF, or pictures (JPEG, PNG).',
    fr: 'Ce fichier n’est pas un PDF. Choisissez un PDF ou des images (JPEG, PNG).',
    de: 'Diese Datei ist kein PDF. Wählen Sie ein PDF oder Bilder (JPEG, PNG).',
  },
  unsupported_file: {
    en: 'This type of file is not accepted. Send a PDF, JPEG or PNG file.',
    fr: 'Ce type de fichier n’est pas accepté. Envoyez un fichier PDF, JPEG ou PNG.',
    de: 'Dieser Dateityp wird nicht akzeptiert. Senden Sie eine PDF-, JPEG- oder PNG-Datei.',
  },
  pdf_encrypted: {
    en: 'This PDF is protected by a password. Remove the protection and try again.',
    fr: 'Ce PDF est protégé par un mot de passe. Retirez la protection et réessayez.',
    de: 'Dieses PDF ist passwortgeschützt. Entfernen Sie den Schutz und versuchen Sie es erneut.',
  },
  pdf_active_content: {
    en: 'This PDF contains scripts or automatic actions, which are not accepted. Print it to a new PDF and try again.',
    fr: 'Ce PDF contient des scripts ou des actions automatiques, qui ne sont pas acceptés. Imprimez-le dans un nouveau PDF et réessayez.',
    de: 'Dieses PDF enthält Skripte oder automatische Aktionen, die nicht akzeptiert werden. Drucken Sie es in ein neues PDF und versuchen Sie es erneut.',
  },
  pdf_attachments: {
    en: 'This PDF contains attached files, which are not accepted. Send each document on its own.',
    fr: 'Ce PDF contient des fichiers joints, qui ne sont pas acceptés. Envoyez chaque document séparément.',
    de: 'Dieses PDF enthält angehängte Dateien, die nicht akzeptiert werden. Senden Sie jedes Dokument einzeln.',
  },
  pdf_too_many_pages: {
    en: 'This PDF has too many pages. Split it into smaller documents.',
    fr: 'Ce PDF a trop de pages. Divisez-le en documents plus petits.',
    de: 'Dieses PDF hat zu viele Seiten. Teilen Sie es in kleinere Dokumente auf.',
  },
  pdf_unreadable: {
    en: 'This PDF is damaged and cannot be read. Save it again and try once more.',
    fr: 'Ce PDF est endommagé et illisible. Enregistrez-le de nouveau et réessayez.',
    de: 'Dieses PDF ist beschädigt und kann nicht gelesen werden. Speichern Sie es neu und versuchen Sie es erneut.',
  },
  check_timeout: {
    en: 'This file takes too long to check, so it cannot be accepted. Print it to a new PDF, or save it again, and try once more.',
    fr: 'La vérification de ce fichier prend trop de temps, il ne peut donc pas être accepté. Imprimez-le dans un nouveau PDF, ou enregistrez-le de nouveau, et réessayez.',
    de: 'Die Prüfung dieser Datei dauert zu lange, daher kann sie nicht angenommen werden. Drucken Sie sie in ein neues PDF oder speichern Sie sie neu und versuchen Sie es erneut.',
  },
  check_failed: {
    en: 'This file could not be checked, so it cannot be accepted. Save or export it again and try once more.',
    fr: 'Ce fichier n’a pas pu être vérifié, il ne peut donc pas être accepté. Enregistrez-le ou exportez-le de nouveau et réessayez.',
    de: 'Diese Datei konnte nicht geprüft werden, daher kann sie nicht angenommen werden. Speichern oder exportieren Sie sie neu und versuchen Sie es erneut.',
  },
  cross_site_request: {
    en: 'This request did not come from the Passerelle site. Open the site and try again.',
    fr: 'Cette demande ne provient pas du site Passerelle. Ouvrez le site et réessayez.',
    de: 'Diese Anfrage kam nicht von der Passerelle-Website. Öffnen Sie die Website und versuchen Sie es erneut.',
  },
  invalid_request: {
    en: 'Some of the information sent is not valid. Check it and try again.',
    fr: 'Certaines informations envoyées ne sont pas valides. Vérifiez-les et réessayez.',
    de: 'Einige gesendete Angaben sind ungültig. Prüfen Sie sie und versuchen Sie es erneut.',
  },
  already_attached: {
    en: 'A file is already attached for this document. Use ‘Replace’ to change it.',
    fr: 'Un fichier est déjà joint pour ce document. Utilisez « Remplacer » pour le changer.',
    de: 'Für dieses Dokument ist bereits eine Datei angehängt. Verwenden Sie „Ersetzen“, um sie zu ändern.',
  },
  too_many_requests: {
    en: 'Too many requests from your network in a short time. Wait a few minutes and try again.',
    fr: 'Trop de demandes depuis votre réseau en peu de temps. Patientez quelques minutes et réessayez.',
    de: 'Zu viele Anfragen aus Ihrem Netzwerk in kurzer Zeit. Warten Sie einige Minuten und versuchen Sie es erneut.',
  },
  upload_failed: {
    en: 'The file could not be sent. Check your connection and try again.',
    fr: 'Le fichier n’a pas pu être envoyé. Vérifiez votre connexion et réessayez.',
    de: 'Die Datei konnte nicht gesendet werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  },
  // Codes that had only the API's English until the table was made whole (issue 10)
  invalid_json: {
    en: 'The request could not be read. Reload the page and try again.',
    fr: 'La demande n’a pas pu être lue. Rechargez la page et réessayez.',
    de: 'Die Anfrage konnte nicht gelesen werden. Laden Sie die Seite neu und versuchen Sie es erneut.',
  },
  json_only: {
    en: 'The request must be sent as JSON. Reload the page and try again.',
    fr: 'La demande doit être envoyée au format JSON. Rechargez la page et réessayez.',
    de: 'Die Anfrage muss als JSON gesendet werden. Laden Sie die Seite neu und versuchen Sie es erneut.',
  },
  service_unavailable: {
    en: 'A service Passerelle relies on is not answering. Nothing was changed: try again in a moment.',
    fr: 'Un service dont Passerelle dépend ne répond pas. Rien n’a été modifié : réessayez dans un instant.',
    de: 'Ein Dienst, auf den Passerelle angewiesen ist, antwortet nicht. Es wurde nichts geändert: Versuchen Sie es gleich noch einmal.',
  },
  identity_provider_unavailable: {
    en: 'The sign-in service cannot be reached right now. Try again in a few minutes.',
    fr: 'Le service de connexion est injoignable pour le moment. Réessayez dans quelques minutes.',
    de: 'Der Anmeldedienst ist gerade nicht erreichbar. Versuchen Sie es in einigen Minuten erneut.',
  },
  document_not_replaceable: {
    en: 'This document has already been replaced or removed. Reload the page to see the current documents.',
    fr: 'Ce document a déjà été remplacé ou retiré. Rechargez la page pour voir les documents actuels.',
    de: 'Dieses Dokument wurde bereits ersetzt oder entfernt. Laden Sie die Seite neu, um die aktuellen Dokumente zu sehen.',
  },
  unknown_document_type: {
    en: 'This type of supporting document is not in the procedure’s list. Choose one from the list.',
    fr: 'Ce type de pièce justificative ne figure pas dans la liste de la démarche. Choisissez-en un dans la liste.',
    de: 'Diese Art von Nachweis steht nicht in der Liste des Verfahrens. Wählen Sie eine aus der Liste.',
  },
  scan_pending: {
    en: 'Your file is still being checked for viruses. Try again in a few seconds.',
    fr: 'Votre fichier est encore en cours d’analyse antivirus. Réessayez dans quelques secondes.',
    de: 'Ihre Datei wird noch auf Viren geprüft. Versuchen Sie es in einigen Sekunden erneut.',
  },
  file_unsafe: {
    en: 'This file was refused by the virus check. Send another file.',
    fr: 'Ce fichier a été refusé par l’analyse antivirus. Envoyez un autre fichier.',
    de: 'Diese Datei wurde von der Virenprüfung abgelehnt. Senden Sie eine andere Datei.',
  },
  upload_done: {
    en: 'This file has already been added.',
    fr: 'Ce fichier a déjà été ajouté.',
    de: 'Diese Datei wurde bereits hinzugefügt.',
  },
  upload_expired: {
    en: 'This upload took too long and has expired. Choose the file again.',
    fr: 'Cet envoi a pris trop de temps et a expiré. Choisissez de nouveau le fichier.',
    de: 'Dieser Upload hat zu lange gedauert und ist abgelaufen. Wählen Sie die Datei erneut.',
  },
  upload_not_found: {
    en: 'This upload could not be found. Choose the file again.',
    fr: 'Cet envoi est introuvable. Choisissez de nouveau le fichier.',
    de: 'Dieser Upload wurde nicht gefunden. Wählen Sie die Datei erneut.',
  },
  image_unreadable: {
    en: 'This picture is damaged and cannot be read. Save it again, or take a new picture, and try once more.',
    fr: 'Cette image est endommagée et illisible. Enregistrez-la de nouveau, ou prenez une nouvelle photo, et réessayez.',
    de: 'Dieses Bild ist beschädigt und kann nicht gelesen werden. Speichern Sie es neu oder machen Sie ein neues Foto und versuchen Sie es erneut.',
  },
  image_too_large: {
    en: 'This picture is too large (over 100 megapixels). Save it at a smaller size and try again.',
    fr: 'Cette image est trop grande (plus de 100 mégapixels). Enregistrez-la en plus petit et réessayez.',
    de: 'Dieses Bild ist zu groß (über 100 Megapixel). Speichern Sie es kleiner und versuchen Sie es erneut.',
  },
  wrong_password: {
    en: 'Wrong password. Try again.',
    fr: 'Mot de passe incorrect. Réessayez.',
    de: 'Falsches Passwort. Versuchen Sie es erneut.',
  },
} satisfies Record<string, Record<Language, string>>;
