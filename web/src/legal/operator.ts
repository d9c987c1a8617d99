/**
 * Who runs this deployment of Passerelle, as the legal pages name them. One place to change for a
 * deployment: the values below are the reference deployment's (example.lu, a reserved test domain).
 */
export const operator = {
  name: {
    en: 'Passerelle service desk',
    fr: 'service d’assistance Passerelle',
    de: 'Passerelle-Servicedesk',
  },
  email: 'support@passerelle.example.lu',
  accessibilityEmail: 'accessibility@passerelle.example.lu',
  privacyEmail: 'dpo@passerelle.example.lu',
  lastReviewed: '2026-11-30',
};
