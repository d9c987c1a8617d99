import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import {
  normalizePassword,
  type PasswordProblem,
  passwordVerdict,
  warningText,
} from '../../../shared/password-rules.js';
import { ApiError } from '../platform/errors.js';

/**
 * OWASP Password Storage Cheat Sheet parameters for scrypt: N=2^17, r=8, p=1. That needs
 * 128·N·r = 128 MiB, above Node's default 32 MiB `maxmem`, so the limit is raised (and the Lambda
 * is given memory for it).
 */
const PARAMS = { N: 2 ** 17, r: 8, p: 1 };
const MAXMEM = 256 * 1024 * 1024;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }) {
  const options: ScryptOptions = { ...params, maxmem: MAXMEM };
  return new Promise<Buffer>((resolve, reject) =>
    scrypt(normalizePassword(password), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** `scrypt$N$r$p$salt$hash`: the parameters travel with the hash, so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  );
}

export async function passwordMatches(password: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), {
    N: Number(N),
    r: Number(r),
    p: Number(p),
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

const reasons: Record<PasswordProblem, string> = {
  password_too_short: 'This password is too short: use at least 8 characters.',
  password_too_long: 'This password is too long: use at most 1024 characters.',
  password_too_common:
    'This password is too easy to guess. Choose a longer one: a few words that do not go together make a good password.',
};

/** Refuses a password the phone's form would refuse too, with zxcvbn's reason after ours. */
export async function refuseWeakPassword(password: string) {
  const { problem, warning } = await passwordVerdict(password);
  if (!problem) return;
  const why = await warningText(warning, 'en');
  throw new ApiError(400, problem, why ? `${reasons[problem]} ${why}` : reasons[problem]);
}
