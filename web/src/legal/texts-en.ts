import type { LegalTexts } from './texts.js';

export const legalEn: LegalTexts = {
  footerLabel: 'About this service',
  lastReviewed: 'Last reviewed on {date}.',
  'legal-notice': {
    title: 'Legal notice',
    sections: [
      {
        heading: 'Publisher',
        paragraphs: [
          'Passerelle is a public service that lets you send supporting documents for your administrative procedures from your computer or from your phone. It is published by the {operator}, who answers at {email}.',
        ],
      },
      {
        heading: 'Hosting',
        paragraphs: [
          'The service runs on Amazon Web Services in the European Union (Ireland region). Your documents and account data are stored there, encrypted.',
        ],
      },
      {
        heading: 'Use of the service',
        paragraphs: [
          'You sign in with LuxTrust or your electronic identity card (eID). What you send through Passerelle is added to the procedure you chose and is handled by the administration in charge of that procedure, under the rules that apply to it.',
          'The texts and images of this site may be reused with mention of the source. The names and logos of LuxTrust and of the eID belong to their owners.',
        ],
      },
      {
        heading: 'Liability',
        paragraphs: [
          'We do our best to keep the service available and correct. If something does not work, tell us at {email}: we answer within five working days.',
        ],
      },
    ],
  },
  accessibility: {
    title: 'Accessibility statement',
    sections: [
      {
        heading: 'Our commitment',
        paragraphs: [
          'We want everyone to be able to use Passerelle, whatever their abilities and whatever device they use. This statement applies to the website and to the mobile app (the same web app installed on a phone).',
        ],
      },
      {
        heading: 'Compliance status',
        paragraphs: [
          'Passerelle aims to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA, the level required by the European standard EN 301 549 and by the Luxembourg law of 28 May 2019 on the accessibility of public sector websites and mobile applications.',
          'The service is partially compliant: every screen is checked automatically with axe on each change, and can be used with the keyboard alone and with a screen reader. No independent audit has been made yet.',
        ],
      },
      {
        heading: 'Known limitations',
        paragraphs: [
          'Scanning a QR code with the phone’s camera needs sight. Instead, you can choose a file on your computer, or type the short code shown next to the QR code where the phone offers it.',
          'Taking a picture of a paper document needs the camera. You can instead choose a PDF or an image file that is already on your phone or computer.',
        ],
      },
      {
        heading: 'Report a problem',
        paragraphs: [
          'If something stops you from using Passerelle, or you need a document in another format, write to {accessibilityEmail}. Say which page, what you tried and what assistive technology you use, if any. We answer within five working days.',
          'If our answer does not satisfy you, you may contact the Service information et presse (SIP) of the Luxembourg government, which monitors the accessibility of public sector websites.',
        ],
      },
    ],
  },
  privacy: {
    title: 'Privacy notice',
    sections: [
      {
        heading: 'Who is responsible',
        paragraphs: [
          'The {operator} is responsible for the data processed by Passerelle. You can reach its data protection officer at {privacyEmail}.',
        ],
      },
      {
        heading: 'What we process and why',
        paragraphs: [
          'Your identity as LuxTrust or the eID confirms it (your name and a personal identifier), to show you your procedures and to add your documents to them.',
          'The documents you send, to add them to the procedure you chose. The administration in charge of the procedure decides what happens to them next.',
          'For each phone you link: the name you give it, its browser, when it was linked and last used, and a protected form of its app password (never the password itself). An email confirms each link.',
        ],
      },
      {
        heading: 'How long we keep it',
        paragraphs: [
          'A QR code for linking works for 5 minutes and a code for adding a document for 30 minutes. A file that is never added to a procedure is deleted automatically. A linked phone stays in ‘My devices’ until you unlink it. Technical logs contain no documents, addresses or passwords and are deleted after their retention period.',
        ],
      },
      {
        heading: 'Cookies',
        paragraphs: [
          'Passerelle uses only one cookie, needed to keep you signed in. There is no advertising or tracking, and no data is sold or shared for marketing.',
        ],
      },
      {
        heading: 'Your rights',
        paragraphs: [
          'Under the General Data Protection Regulation (GDPR) you may ask to see, correct or delete your data, or object to its use, by writing to {privacyEmail}. You may also complain to the Commission nationale pour la protection des données (CNPD).',
        ],
      },
    ],
  },
  contact: {
    title: 'Contact',
    sections: [
      {
        heading: 'Help with Passerelle',
        paragraphs: [
          'For a question about using Passerelle, linking your phone or sending a document, write to {email}. We answer within five working days.',
          'Never send your app password or your LuxTrust codes: we will never ask for them.',
        ],
      },
      {
        heading: 'Questions about your procedure',
        paragraphs: [
          'For a question about a procedure itself (a decision, a missing document, a deadline), contact the administration in charge of it.',
        ],
      },
      {
        heading: 'Accessibility and personal data',
        paragraphs: [
          'To report an accessibility problem: {accessibilityEmail}. For your personal data: {privacyEmail}.',
        ],
      },
    ],
  },
};
