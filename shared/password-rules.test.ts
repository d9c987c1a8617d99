import { describe, expect, it } from 'vitest';
import { passwordVerdict, warningText } from './password-rules.js';

/** SECURITY.md row 13, the rule the phone and the server share (zxcvbn-ts, EN/FR/DE dictionaries). */
describe('the app password rule', () => {
  it('refuses what the old 34-word list let through, and says why', async () => {
    for (const weak of [
      'azertyuiop',
      'qwertyuiop',
      'Passwort1',
      'luxembourg1',
      'motdepasse1',
      'Sonnenschein',
    ]) {
      expect((await passwordVerdict(weak)).problem, weak).toBe('password_too_common');
    }
    const { warning } = await passwordVerdict('qwertyuiop');
    expect(await warningText(warning, 'en')).toMatch(/password/i);
    expect(await warningText(warning, 'fr')).toMatch(/mot de passe/i);
    expect(await warningText(warning, 'de')).toMatch(/Passwort/);
  });

  it('refuses too short and too long before any dictionary', async () => {
    expect((await passwordVerdict('Ab1!x')).problem).toBe('password_too_short');
    expect((await passwordVerdict('a1'.repeat(513))).problem).toBe('password_too_long');
  });

  it('welcomes passphrases, accents and other scripts', async () => {
    for (const good of [
      'correct horse battery staple',
      'mon chat aime les croissants',
      'Grüß Gott, ça va? 🐿️ ünïcödé',
      'Kx8#pQ2z',
    ]) {
      expect((await passwordVerdict(good)).problem, good).toBeUndefined();
    }
  });
});
