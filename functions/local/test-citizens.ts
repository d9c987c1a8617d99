/**
 * The people of the embedded dev identity provider. Both 'LuxTrust' and 'eID' lead to the same
 * provider, which lists them; the README documents them.
 */
export interface TestCitizen {
  sub: string;
  givenName: string;
  familyName: string;
  email: string;
  /** One line for the README and the sign-in page. */
  about: string;
}

export const testCitizens: TestCitizen[] = [
  {
    sub: 'citizen-marie-schmit',
    givenName: 'Marie',
    familyName: 'Schmit',
    email: 'marie.schmit@example.lu',
    about: 'two eSpaces: private and Boulangerie Schmit SARL',
  },
  {
    sub: 'citizen-luc-weber',
    givenName: 'Luc',
    familyName: 'Weber',
    email: 'luc.weber@example.lu',
    about: 'private eSpace; a student aid procedure and a closed one',
  },
  {
    sub: 'citizen-sofia-costa',
    givenName: 'Sofia',
    familyName: 'Costa',
    email: 'sofia.costa@example.lu',
    about: 'private eSpace; naturalisation with required documents missing',
  },
];

export const fullName = (citizen: TestCitizen) => `${citizen.givenName} ${citizen.familyName}`;
