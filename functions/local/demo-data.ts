import type { DocumentType, Procedure, Translated } from '../src/portal/model.js';

/**
 * The demo world seeded for the test citizens: eSpaces, procedures (active and closed) with required
 * and optional document types, some documents already filed. Fixed ids so tests and the README can
 * point at them.
 */
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const type = (typeId: string, required: boolean, en: string, fr: string, de: string): DocumentType => ({
  typeId,
  required,
  label: { en, fr, de },
});

const t = (en: string, fr: string, de: string): Translated => ({ en, fr, de });

export const espaces = {
  mariePrivate: { espaceId: id(101), name: 'Marie Schmit', kind: 'private' as const },
  marieCompany: { espaceId: id(102), name: 'Boulangerie Schmit SARL', kind: 'company' as const },
  lucPrivate: { espaceId: id(103), name: 'Luc Weber', kind: 'private' as const },
  sofiaPrivate: { espaceId: id(104), name: 'Sofia Costa', kind: 'private' as const },
};

export const memberships: Record<string, (typeof espaces)[keyof typeof espaces][]> = {
  'citizen-marie-schmit': [espaces.mariePrivate, espaces.marieCompany],
  'citizen-luc-weber': [espaces.lucPrivate],
  'citizen-sofia-costa': [espaces.sofiaPrivate],
};

const proofOfIncome = type(
  'proof-of-income',
  true,
  'Proof of income',
  'Justificatif de revenus',
  'Einkommensnachweis',
);
const lease = type('rental-lease', true, 'Rental lease', 'Contrat de bail', 'Mietvertrag');
const bankDetails = type(
  'bank-details',
  false,
  'Bank details',
  'Relevé d’identité bancaire',
  'Bankverbindung',
);
const identity = type('identity-document', true, 'Identity document', 'Pièce d’identité', 'Ausweisdokument');
const other = type('other', false, 'Other document', 'Autre document', 'Sonstiges Dokument');

export interface DemoProcedure extends Procedure {
  /** Type ids with a demo file already filed. */
  filed: string[];
}

export const procedures: DemoProcedure[] = [
  {
    procedureId: id(201),
    espaceId: espaces.mariePrivate.espaceId,
    reference: 'HOU-2026-0142',
    title: t('Housing allowance application', 'Demande d’aide au logement', 'Antrag auf Wohngeld'),
    status: 'active',
    openedAt: '2026-10-02T09:14:00.000Z',
    documentTypes: [proofOfIncome, lease, bankDetails, other],
    filed: ['proof-of-income'],
  },
  {
    procedureId: id(202),
    espaceId: espaces.mariePrivate.espaceId,
    reference: 'PRK-2026-0877',
    title: t('Residents’ parking permit', 'Vignette de stationnement résidentiel', 'Anwohnerparkausweis'),
    status: 'active',
    openedAt: '2026-11-10T15:40:00.000Z',
    documentTypes: [
      identity,
      type(
        'vehicle-registration',
        true,
        'Vehicle registration certificate',
        'Certificat d’immatriculation',
        'Zulassungsbescheinigung',
      ),
      other,
    ],
    filed: [],
  },
  {
    procedureId: id(203),
    espaceId: espaces.mariePrivate.espaceId,
    reference: 'BIR-2025-3310',
    title: t('Birth certificate request', 'Demande d’acte de naissance', 'Antrag auf Geburtsurkunde'),
    status: 'closed',
    openedAt: '2025-06-21T08:00:00.000Z',
    documentTypes: [identity],
    filed: ['identity-document'],
  },
  {
    procedureId: id(204),
    espaceId: espaces.marieCompany.espaceId,
    reference: 'BUS-2026-0051',
    title: t(
      'Business permit renewal',
      'Renouvellement de l’autorisation d’établissement',
      'Verlängerung der Niederlassungsgenehmigung',
    ),
    status: 'active',
    openedAt: '2026-09-15T10:30:00.000Z',
    documentTypes: [
      type(
        'trade-register-extract',
        true,
        'Trade register extract',
        'Extrait du registre de commerce',
        'Handelsregisterauszug',
      ),
      type(
        'tax-certificate',
        true,
        'Tax compliance certificate',
        'Certificat de régularité fiscale',
        'Steuerbescheinigung',
      ),
      other,
    ],
    filed: ['tax-certificate'],
  },
  {
    procedureId: id(205),
    espaceId: espaces.lucPrivate.espaceId,
    reference: 'STU-2026-1204',
    title: t('Student financial aid', 'Aide financière pour études supérieures', 'Studienbeihilfe'),
    status: 'active',
    openedAt: '2026-08-28T12:00:00.000Z',
    documentTypes: [
      type(
        'enrolment-certificate',
        true,
        'Certificate of enrolment',
        'Certificat d’inscription',
        'Immatrikulationsbescheinigung',
      ),
      proofOfIncome,
      bankDetails,
    ],
    filed: ['bank-details'],
  },
  {
    procedureId: id(206),
    espaceId: espaces.lucPrivate.espaceId,
    reference: 'ADR-2025-7781',
    title: t('Change of address', 'Changement d’adresse', 'Adressänderung'),
    status: 'closed',
    openedAt: '2025-03-03T07:45:00.000Z',
    documentTypes: [lease],
    filed: ['rental-lease'],
  },
  {
    procedureId: id(207),
    espaceId: espaces.sofiaPrivate.espaceId,
    reference: 'NAT-2026-0019',
    title: t('Naturalisation application', 'Demande de naturalisation', 'Einbürgerungsantrag'),
    status: 'active',
    openedAt: '2026-07-01T09:00:00.000Z',
    documentTypes: [
      identity,
      type('birth-certificate', true, 'Birth certificate', 'Acte de naissance', 'Geburtsurkunde'),
      type(
        'language-certificate',
        true,
        'Luxembourgish language certificate',
        'Certificat de langue luxembourgeoise',
        'Luxemburgisch-Sprachzertifikat',
      ),
      other,
    ],
    filed: [],
  },
];

export const demoIds = { id };
