import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { MiddlewareHandler } from 'hono';
import { fullName, testCitizens } from './test-citizens.js';

/**
 * Issue 14: no token, password or personal data is ever logged. The browser tests run the whole
 * product with every API log line (LOG_LEVEL=debug) written to a file, while this watch notes every
 * secret that crossed the API during the run: cookies, passwords, tokens, codes and short codes (in
 * bodies, query strings, headers), emails, and the test citizens' names, emails and ids. When the
 * run ends, a log line that contains any of them fails it (web/e2e/harness/local-stack.setup.ts).
 */

/** JSON keys whose values are secrets; query parameters add OpenID's `state`. */
const SECRET_KEY = /token|code|password|secret|email|cookie/i;
const SECRET_PARAMETER = /token|code|password|secret|state/i;
/** Not secrets: the API's public codes and reasons (`pdf_encrypted`, `session_expired`). */
const PUBLIC_CODE = /^[a-z]+(_[a-z]+)+$/;
/** Request headers whose values are secrets (cookies, the phone's claim and request headers). */
const SECRET_HEADER = /^(cookie|authorization|passerelle-upload-claim|passerelle-upload-request)$/i;
/** Shorter values ('en', 'add', `true`) would match anything; every secret here is longer. */
const MIN_LENGTH = 6;

/** The test citizens' personal data, known before the run. */
export const personalData = (): string[] =>
  testCitizens.flatMap((citizen) => [citizen.sub, citizen.email, fullName(citizen)]);

/**
 * Adds the secret string values of a JSON document to `into`: values under a secret key, at any
 * depth. The API's `{ error: { code } }` is a public code, not a secret, and is skipped.
 */
export function secretsInJson(value: unknown, into: Set<string>, underSecretKey = false) {
  if (typeof value === 'string') {
    if (underSecretKey && value.length >= MIN_LENGTH && !PUBLIC_CODE.test(value)) into.add(value);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, item] of Object.entries(value)) {
    if (key === 'error') continue;
    secretsInJson(item, into, underSecretKey || SECRET_KEY.test(key));
  }
}

/** Cookie values from a `Cookie` request header (`a=1; b=2`). */
export function cookieValues(header: string): string[] {
  return header
    .split(/;\s*/)
    .map((pair) => pair.slice(pair.indexOf('=') + 1))
    .filter((value) => value.length >= MIN_LENGTH);
}

/** The cookie values a response sets (the first pair of each `Set-Cookie` line; the rest are attributes). */
export const setCookieValues = (lines: string[]) =>
  lines.flatMap((line) => cookieValues(line.replace(/;.*$/s, '')));

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** The log lines that contain one of the secrets, with the secret found (shortened in reports). */
export function findLeaks(lines: string[], secrets: Iterable<string>) {
  const list = [...secrets].filter((secret) => secret.length >= MIN_LENGTH);
  const leaks: { line: number; secret: string }[] = [];
  lines.forEach((line, index) => {
    for (const secret of list) {
      if (line.includes(secret)) leaks.push({ line: index + 1, secret });
    }
  });
  return leaks;
}

/** Describes leaks without repeating the secrets themselves in full. */
export const describeLeaks = (leaks: { line: number; secret: string }[], file: string) =>
  `The API logged ${leaks.length} secret(s) or personal data during the browser tests (${file}):\n${leaks
    .slice(0, 20)
    .map(({ line, secret }) => `  line ${line}: ${secret.slice(0, 3)}… (${secret.length} characters)`)
    .join('\n')}`;

/**
 * A log sink that appends every line to `file`, and a middleware for the API that notes the secrets
 * of every exchange. `check()` throws when a line holds a secret.
 */
export function logWatch(file: string) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, '');
  const lines: string[] = [];
  const secrets = new Set<string>(personalData());
  const sink = (line: string) => {
    lines.push(line);
    appendFileSync(file, `${line}\n`);
  };
  const middleware: MiddlewareHandler = async (c, next) => {
    const url = new URL(c.req.url);
    for (const [key, value] of url.searchParams)
      if (SECRET_PARAMETER.test(key) && value.length >= MIN_LENGTH) secrets.add(value);
    for (const [name, value] of c.req.raw.headers) {
      if (!SECRET_HEADER.test(name)) continue;
      if (name.toLowerCase() === 'cookie') for (const cookie of cookieValues(value)) secrets.add(cookie);
      else if (value.length >= MIN_LENGTH) secrets.add(value);
    }
    if (c.req.header('content-type')?.includes('json'))
      secretsInJson(parseJson(await c.req.raw.clone().text()), secrets);
    await next();
    for (const cookie of setCookieValues(c.res.headers.getSetCookie())) secrets.add(cookie);
    if (c.res.headers.get('content-type')?.includes('json'))
      secretsInJson(parseJson(await c.res.clone().text()), secrets);
  };
  return {
    sink,
    middleware,
    lines,
    secrets,
    check() {
      const leaks = findLeaks(lines, secrets);
      if (leaks.length) throw new Error(describeLeaks(leaks, file));
      return { lines: lines.length, secrets: secrets.size };
    },
  };
}
