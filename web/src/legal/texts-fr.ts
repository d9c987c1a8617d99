import type { LegalTexts } from './texts.js';

export const legalFr: LegalTexts = {
  footerLabel: 'À propos de ce service',
  lastReviewed: 'Dernière mise à jour le {date}.',
  'legal-notice': {
    title: 'Mentions légales',
    sections: [
      {
        heading: 'Éditeur',
        paragraphs: [
          'Passerelle est un service public qui vous permet d’envoyer les pièces justificatives de vos démarches administratives depuis votre ordinateur ou votre téléphone. Il est édité par le {operator}, joignable à l’adresse {email}.',
        ],
      },
      {
        heading: 'Hébergement',
        paragraphs: [
          'Le service fonctionne sur Amazon Web Services dans l’Union européenne (région Irlande). Vos documents et les données de votre compte y sont stockés, chiffrés.',
        ],
      },
      {
        heading: 'Utilisation du service',
        paragraphs: [
          'Vous vous connectez avec LuxTrust ou votre carte d’identité électronique (eID). Ce que vous envoyez par Passerelle est ajouté à la démarche choisie et traité par l’administration responsable de cette démarche, selon les règles qui s’y appliquent.',
          'Les textes et images de ce site peuvent être réutilisés avec mention de la source. Les noms et logos de LuxTrust et de l’eID appartiennent à leurs propriétaires.',
        ],
      },
      {
        heading: 'Responsabilité',
        paragraphs: [
          'Nous faisons de notre mieux pour que le service soit disponible et exact. Si quelque chose ne fonctionne pas, écrivez-nous à {email} : nous répondons sous cinq jours ouvrables.',
        ],
      },
    ],
  },
  accessibility: {
    title: 'Déclaration d’accessibilité',
    sections: [
      {
        heading: 'Notre engagement',
        paragraphs: [
          'Nous voulons que chacun puisse utiliser Passerelle, quelles que soient ses capacités et l’appareil utilisé. Cette déclaration s’applique au site et à l’application mobile (la même application web installée sur un téléphone).',
        ],
      },
      {
        heading: 'État de conformité',
        paragraphs: [
          'Passerelle vise le respect des Règles pour l’accessibilité des contenus web (WCAG) 2.1 au niveau AA, exigé par la norme européenne EN 301 549 et par la loi luxembourgeoise du 28 mai 2019 relative à l’accessibilité des sites internet et des applications mobiles des organismes du secteur public.',
          'Le service est partiellement conforme : chaque écran est vérifié automatiquement avec axe à chaque modification et peut être utilisé au clavier seul et avec un lecteur d’écran. Aucun audit indépendant n’a encore été réalisé.',
        ],
      },
      {
        heading: 'Limites connues',
        paragraphs: [
          'Scanner un code QR avec l’appareil photo du téléphone demande la vue. Vous pouvez à la place choisir un fichier sur votre ordinateur, ou saisir le code court affiché à côté du code QR lorsque le téléphone le propose.',
          'Photographier un document papier demande l’appareil photo. Vous pouvez à la place choisir un fichier PDF ou une image déjà présents sur votre téléphone ou votre ordinateur.',
        ],
      },
      {
        heading: 'Signaler un problème',
        paragraphs: [
          'Si quelque chose vous empêche d’utiliser Passerelle, ou si vous avez besoin d’un document dans un autre format, écrivez à {accessibilityEmail}. Indiquez la page, ce que vous avez essayé et, le cas échéant, la technologie d’assistance utilisée. Nous répondons sous cinq jours ouvrables.',
          'Si notre réponse ne vous satisfait pas, vous pouvez vous adresser au Service information et presse (SIP) du gouvernement luxembourgeois, chargé du contrôle de l’accessibilité des sites du secteur public.',
        ],
      },
    ],
  },
  privacy: {
    title: 'Protection des données',
    sections: [
      {
        heading: 'Responsable du traitement',
        paragraphs: [
          'Le {operator} est responsable des données traitées par Passerelle. Vous pouvez joindre son délégué à la protection des données à l’adresse {privacyEmail}.',
        ],
      },
      {
        heading: 'Ce que nous traitons et pourquoi',
        paragraphs: [
          'Votre identité telle que LuxTrust ou l’eID la confirme (votre nom et un identifiant personnel), pour vous montrer vos démarches et y ajouter vos documents.',
          'Les documents que vous envoyez, pour les ajouter à la démarche choisie. L’administration responsable de la démarche décide de la suite.',
          'Pour chaque téléphone lié : le nom que vous lui donnez, son navigateur, la date de liaison et de dernière utilisation, et une forme protégée de son mot de passe (jamais le mot de passe lui-même). Un e-mail confirme chaque liaison.',
        ],
      },
      {
        heading: 'Durée de conservation',
        paragraphs: [
          'Un code QR de liaison est valable 5 minutes et un code d’ajout de document 30 minutes. Un fichier jamais ajouté à une démarche est supprimé automatiquement. Un téléphone lié reste dans « Mes appareils » jusqu’à ce que vous le déliiez. Les journaux techniques ne contiennent ni documents, ni adresses, ni mots de passe et sont supprimés à la fin de leur durée de conservation.',
        ],
      },
      {
        heading: 'Cookies',
        paragraphs: [
          'Passerelle n’utilise qu’un seul cookie, nécessaire pour vous garder connecté. Il n’y a ni publicité ni pistage, et aucune donnée n’est vendue ni partagée à des fins commerciales.',
        ],
      },
      {
        heading: 'Vos droits',
        paragraphs: [
          'Selon le règlement général sur la protection des données (RGPD), vous pouvez demander à consulter, corriger ou effacer vos données, ou vous opposer à leur utilisation, en écrivant à {privacyEmail}. Vous pouvez aussi introduire une réclamation auprès de la Commission nationale pour la protection des données (CNPD).',
        ],
      },
    ],
  },
  contact: {
    title: 'Contact',
    sections: [
      {
        heading: 'Aide pour Passerelle',
        paragraphs: [
          'Pour une question sur l’utilisation de Passerelle, la liaison de votre téléphone ou l’envoi d’un document, écrivez à {email}. Nous répondons sous cinq jours ouvrables.',
          'N’envoyez jamais votre mot de passe de l’application ni vos codes LuxTrust : nous ne les demanderons jamais.',
        ],
      },
      {
        heading: 'Questions sur votre démarche',
        paragraphs: [
          'Pour une question sur la démarche elle-même (une décision, un document manquant, un délai), contactez l’administration qui en est responsable.',
        ],
      },
      {
        heading: 'Accessibilité et données personnelles',
        paragraphs: [
          'Pour signaler un problème d’accessibilité : {accessibilityEmail}. Pour vos données personnelles : {privacyEmail}.',
        ],
      },
    ],
  },
};
