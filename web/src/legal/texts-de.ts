import type { LegalTexts } from './texts.js';

export const legalDe: LegalTexts = {
  footerLabel: 'Über diesen Dienst',
  lastReviewed: 'Zuletzt geprüft am {date}.',
  'legal-notice': {
    title: 'Impressum',
    sections: [
      {
        heading: 'Herausgeber',
        paragraphs: [
          'Passerelle ist ein öffentlicher Dienst, mit dem Sie Nachweise für Ihre Verwaltungsverfahren von Ihrem Computer oder Telefon aus einreichen. Herausgeber ist der {operator}, erreichbar unter {email}.',
        ],
      },
      {
        heading: 'Hosting',
        paragraphs: [
          'Der Dienst läuft bei Amazon Web Services in der Europäischen Union (Region Irland). Ihre Dokumente und Kontodaten werden dort verschlüsselt gespeichert.',
        ],
      },
      {
        heading: 'Nutzung des Dienstes',
        paragraphs: [
          'Sie melden sich mit LuxTrust oder Ihrem elektronischen Personalausweis (eID) an. Was Sie über Passerelle senden, wird dem gewählten Verfahren hinzugefügt und von der dafür zuständigen Verwaltung nach den dort geltenden Regeln bearbeitet.',
          'Texte und Bilder dieser Website dürfen mit Quellenangabe weiterverwendet werden. Die Namen und Logos von LuxTrust und der eID gehören ihren Inhabern.',
        ],
      },
      {
        heading: 'Haftung',
        paragraphs: [
          'Wir tun unser Bestes, damit der Dienst verfügbar und korrekt ist. Wenn etwas nicht funktioniert, schreiben Sie uns an {email}: Wir antworten innerhalb von fünf Werktagen.',
        ],
      },
    ],
  },
  accessibility: {
    title: 'Erklärung zur Barrierefreiheit',
    sections: [
      {
        heading: 'Unser Anspruch',
        paragraphs: [
          'Alle sollen Passerelle nutzen können, unabhängig von ihren Fähigkeiten und vom verwendeten Gerät. Diese Erklärung gilt für die Website und für die mobile App (dieselbe Web-App, auf einem Telefon installiert).',
        ],
      },
      {
        heading: 'Stand der Vereinbarkeit',
        paragraphs: [
          'Passerelle strebt die Einhaltung der Richtlinien für barrierefreie Webinhalte (WCAG) 2.1 auf Stufe AA an, wie sie die europäische Norm EN 301 549 und das luxemburgische Gesetz vom 28. Mai 2019 über den barrierefreien Zugang zu den Websites und mobilen Anwendungen öffentlicher Stellen verlangen.',
          'Der Dienst ist teilweise konform: Jeder Bildschirm wird bei jeder Änderung automatisch mit axe geprüft und lässt sich allein mit der Tastatur und mit einem Bildschirmleser bedienen. Eine unabhängige Prüfung hat noch nicht stattgefunden.',
        ],
      },
      {
        heading: 'Bekannte Einschränkungen',
        paragraphs: [
          'Einen QR-Code mit der Kamera des Telefons zu scannen, setzt Sehen voraus. Stattdessen können Sie eine Datei auf Ihrem Computer auswählen oder den kurzen Code neben dem QR-Code eingeben, wo das Telefon es anbietet.',
          'Ein Papierdokument zu fotografieren, braucht die Kamera. Stattdessen können Sie eine PDF- oder Bilddatei auswählen, die schon auf Ihrem Telefon oder Computer ist.',
        ],
      },
      {
        heading: 'Ein Problem melden',
        paragraphs: [
          'Wenn Sie etwas an der Nutzung von Passerelle hindert oder Sie ein Dokument in einem anderen Format brauchen, schreiben Sie an {accessibilityEmail}. Nennen Sie die Seite, was Sie versucht haben und gegebenenfalls Ihre assistive Technologie. Wir antworten innerhalb von fünf Werktagen.',
          'Wenn Sie mit unserer Antwort nicht zufrieden sind, können Sie sich an den Service information et presse (SIP) der luxemburgischen Regierung wenden, der die Barrierefreiheit der Websites öffentlicher Stellen überwacht.',
        ],
      },
    ],
  },
  privacy: {
    title: 'Datenschutzerklärung',
    sections: [
      {
        heading: 'Verantwortlicher',
        paragraphs: [
          'Der {operator} ist für die von Passerelle verarbeiteten Daten verantwortlich. Den Datenschutzbeauftragten erreichen Sie unter {privacyEmail}.',
        ],
      },
      {
        heading: 'Was wir verarbeiten und warum',
        paragraphs: [
          'Ihre Identität, wie LuxTrust oder die eID sie bestätigt (Ihr Name und eine persönliche Kennung), um Ihnen Ihre Verfahren zu zeigen und Ihre Dokumente hinzuzufügen.',
          'Die Dokumente, die Sie senden, um sie dem gewählten Verfahren hinzuzufügen. Über das Weitere entscheidet die zuständige Verwaltung.',
          'Für jedes verknüpfte Telefon: den Namen, den Sie ihm geben, seinen Browser, wann es verknüpft und zuletzt genutzt wurde, und eine geschützte Form seines App-Passworts (nie das Passwort selbst). Eine E-Mail bestätigt jede Verknüpfung.',
        ],
      },
      {
        heading: 'Wie lange wir Daten speichern',
        paragraphs: [
          'Ein QR-Code zum Verknüpfen gilt 5 Minuten, ein Code zum Hinzufügen eines Dokuments 30 Minuten. Eine Datei, die nie einem Verfahren hinzugefügt wird, wird automatisch gelöscht. Ein verknüpftes Telefon bleibt unter „Meine Geräte“, bis Sie die Verknüpfung aufheben. Technische Protokolle enthalten weder Dokumente noch Adressen noch Passwörter und werden nach ihrer Aufbewahrungsfrist gelöscht.',
        ],
      },
      {
        heading: 'Cookies',
        paragraphs: [
          'Passerelle verwendet nur ein Cookie, das Sie angemeldet hält. Es gibt weder Werbung noch Tracking, und keine Daten werden verkauft oder zu Werbezwecken weitergegeben.',
        ],
      },
      {
        heading: 'Ihre Rechte',
        paragraphs: [
          'Nach der Datenschutz-Grundverordnung (DSGVO) können Sie Auskunft, Berichtigung oder Löschung Ihrer Daten verlangen oder der Verwendung widersprechen, indem Sie an {privacyEmail} schreiben. Sie können sich auch bei der Commission nationale pour la protection des données (CNPD) beschweren.',
        ],
      },
    ],
  },
  contact: {
    title: 'Kontakt',
    sections: [
      {
        heading: 'Hilfe zu Passerelle',
        paragraphs: [
          'Bei Fragen zur Nutzung von Passerelle, zum Verknüpfen Ihres Telefons oder zum Senden eines Dokuments schreiben Sie an {email}. Wir antworten innerhalb von fünf Werktagen.',
          'Senden Sie nie Ihr App-Passwort oder Ihre LuxTrust-Codes: Wir werden nie danach fragen.',
        ],
      },
      {
        heading: 'Fragen zu Ihrem Verfahren',
        paragraphs: [
          'Bei Fragen zum Verfahren selbst (eine Entscheidung, ein fehlendes Dokument, eine Frist) wenden Sie sich an die dafür zuständige Verwaltung.',
        ],
      },
      {
        heading: 'Barrierefreiheit und personenbezogene Daten',
        paragraphs: [
          'Ein Problem mit der Barrierefreiheit melden: {accessibilityEmail}. Zu Ihren personenbezogenen Daten: {privacyEmail}.',
        ],
      },
    ],
  },
};
