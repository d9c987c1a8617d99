import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

/**
 * What makes an app password acceptable (SECURITY.md row 13, NIST SP 800-63B): 8 to 1024
 * characters, any characters at all (long and non-ASCII passwords and pasting are welcome), and not
 * easy to guess as judged by zxcvbn-ts with the common-password list and the English, French and
 * German dictionaries (words, names, Wikipedia, keyboard rows such as `azertyuiop`). The phone and
 * the server run this same module, so the phone shows the server's reason at once.
 *
 * The dictionaries are ≈ 3 MB of JavaScript and take about a second to index: they are imported
 * only when a password is first judged (the web loads them as separate chunks when the form
 * opens; the Lambda keeps them outside its bundle and loads them on the first claim).
 */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 1024;

/**
 * zxcvbn's score 2 means at least 10^6 guesses: safe against online guessing, which is all an app
 * password faces (the server limits unlock attempts, SECURITY.md; the hash is scrypt). The four
 * passwords the old 34-word list let through score 0 or 1; passphrases of three words score 4.
 */
export const MIN_SCORE = 2;

/** Words about this service that a citizen might build a password from. */
const SERVICE_WORDS = ['passerelle', 'luxembourg', 'letzebuerg', 'luxtrust', 'guichet', 'myguichet'];

export type PasswordProblem = 'password_too_short' | 'password_too_long' | 'password_too_common';

/** zxcvbn-ts's warning keys ('straightRow', 'common', 'namesByThemselves' …), translated by its language packages. */
export type PasswordWarning = string;

export interface PasswordVerdict {
  problem?: PasswordProblem;
  /** Why it is easy to guess, when zxcvbn can say. */
  warning?: PasswordWarning;
}

/** The password as it is hashed and compared: the same text typed on any keyboard gives the same bytes. */
export const normalizePassword = (password: string) => password.normalize('NFKC');

/** The length rules alone: instant, no dictionary needed. */
export function lengthProblem(password: string): PasswordProblem | undefined {
  const length = Array.from(normalizePassword(password)).length;
  if (length < PASSWORD_MIN) return 'password_too_short';
  if (length > PASSWORD_MAX) return 'password_too_long';
  return undefined;
}

type Language = 'en' | 'fr' | 'de';
interface Estimator {
  zxcvbn: ZxcvbnFactory;
  warnings: Record<Language, Record<string, string>>;
}

let estimator: Promise<Estimator> | undefined;

/** Loads and indexes the dictionaries once; call it early (when the form opens) to hide the wait. */
export function loadPasswordEstimator(): Promise<Estimator> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, en, fr, de] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
      import('@zxcvbn-ts/language-fr'),
      import('@zxcvbn-ts/language-de'),
    ]);
    const zxcvbn = new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary, ...fr.dictionary, ...de.dictionary },
      graphs: common.adjacencyGraphs,
      // Fewer l33t combinations tried: measured here, a check of 'Marie2019!' fell from ~1 s to ~0.1 s
      // with the same scores on our refusal list.
      l33tMaxSubstitutions: 12,
    });
    return {
      zxcvbn,
      warnings: {
        en: en.translations.warnings,
        fr: fr.translations.warnings,
        de: de.translations.warnings,
      },
    };
  })();
  estimator.catch(() => {
    estimator = undefined; // a failed chunk load (offline) may succeed later
  });
  return estimator;
}

/** Judges a password; `personal` are words about this citizen (their name) that make it guessable. */
export async function passwordVerdict(password: string, personal: string[] = []): Promise<PasswordVerdict> {
  const problem = lengthProblem(password);
  if (problem) return { problem };
  const { zxcvbn } = await loadPasswordEstimator();
  const result = zxcvbn.check(normalizePassword(password), [...SERVICE_WORDS, ...personal]);
  if (result.score >= MIN_SCORE) return {};
  return { problem: 'password_too_common', warning: result.feedback.warning ?? undefined };
}

/** zxcvbn's reason in the citizen's language, ending with a full stop; undefined if none. */
export async function warningText(warning: PasswordWarning | undefined, language: Language) {
  if (!warning) return undefined;
  const { warnings } = await loadPasswordEstimator();
  const text = warnings[language][warning] ?? warnings.en[warning];
  return text && (/[.!?]$/.test(text) ? text : `${text}.`);
}
