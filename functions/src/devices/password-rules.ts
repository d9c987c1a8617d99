/**
 * What makes an app password acceptable (SECURITY.md row 13, NIST SP 800-63B): at least 8
 * characters, any characters at all (long and non-ASCII passwords and pasting are welcome), and not
 * one of the passwords every attacker tries first. Pure, so the phone shows the same reason at once.
 */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 1024;

const COMMON = new Set([
  '12345678',
  '123456789',
  '1234567890',
  '87654321',
  '11111111',
  '00000000',
  '12341234',
  '11223344',
  'abcd1234',
  'abc12345',
  'abcdefgh',
  'password',
  'password1',
  'password123',
  'passw0rd',
  'qwertyui',
  'qwerty123',
  'qwertzui',
  'azertyui',
  'azerty123',
  'iloveyou',
  'letmein1',
  'welcome1',
  'sunshine',
  'princess',
  'football',
  'baseball',
  'superman',
  'trustno1',
  'admin123',
  'motdepasse',
  'passwort',
  'passerelle',
  'luxembourg',
]);

export type PasswordProblem = 'password_too_short' | 'password_too_long' | 'password_too_common';

/** The password as it is hashed and compared: the same text typed on any keyboard gives the same bytes. */
export const normalizePassword = (password: string) => password.normalize('NFKC');

export function passwordProblem(password: string): PasswordProblem | undefined {
  const normalized = normalizePassword(password);
  const length = Array.from(normalized).length;
  if (length < PASSWORD_MIN) return 'password_too_short';
  if (length > PASSWORD_MAX) return 'password_too_long';
  const lower = normalized.toLowerCase();
  // One character repeated ('aaaaaaaa') is as weak as anything on the list.
  if (COMMON.has(lower) || new Set(lower).size === 1) return 'password_too_common';
  return undefined;
}
