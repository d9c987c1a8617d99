import { describe, expect, it } from 'vitest';
import { parseScannedCode } from './parse-scanned-code.js';

const origin = 'https://passerelle.example.lu';
const token = 'Qk8xYm5uR1Z6bHJ4dFlHa0FwT3M5ZHd6VjNlU2pIcU0';

describe('parseScannedCode', () => {
  it('accepts this site’s link code and returns its token', () => {
    expect(parseScannedCode(`${origin}/app/link#${token}`, 'link', origin)).toEqual({ ok: true, token });
  });

  it('accepts this site’s upload code on the add-document scanner', () => {
    expect(parseScannedCode(`${origin}/app/add#${token}`, 'add', origin)).toEqual({ ok: true, token });
  });

  it('accepts plain http when the site itself is served over http (npm start on localhost)', () => {
    const local = 'http://localhost:5173';
    expect(parseScannedCode(`${local}/app/link#${token}`, 'link', local)).toEqual({ ok: true, token });
  });

  it('refuses the same path on another site', () => {
    expect(parseScannedCode(`https://passerelle.example.com/app/link#${token}`, 'link', origin)).toEqual({
      ok: false,
      reason: 'other_site',
    });
  });

  it('treats another port of the same host as another site', () => {
    expect(parseScannedCode(`https://passerelle.example.lu:8443/app/link#${token}`, 'link', origin)).toEqual({
      ok: false,
      reason: 'other_site',
    });
  });

  it('refuses a plain-http copy of our own code when the site is https', () => {
    expect(parseScannedCode(`http://passerelle.example.lu/app/link#${token}`, 'link', origin)).toEqual({
      ok: false,
      reason: 'not_secure',
    });
  });

  it('says the code is for the other flow when a link code is scanned to add a document', () => {
    expect(parseScannedCode(`${origin}/app/link#${token}`, 'add', origin)).toEqual({
      ok: false,
      reason: 'wrong_purpose',
    });
    expect(parseScannedCode(`${origin}/app/add#${token}`, 'link', origin)).toEqual({
      ok: false,
      reason: 'wrong_purpose',
    });
  });

  it.each([
    ['plain text', 'hello'],
    ['a Wi-Fi code', 'WIFI:S:home;T:WPA;P:secret;;'],
    ['another path', `${origin}/procedures#${token}`],
    ['no token', `${origin}/app/link`],
    ['an empty fragment', `${origin}/app/link#`],
    ['a short token', `${origin}/app/link#${token.slice(1)}`],
    ['a long token', `${origin}/app/link#${token}A`],
    ['a token with padding', `${origin}/app/link#${token.slice(1)}=`],
    ['a token in the query', `${origin}/app/link?${token}`],
    ['an extra query', `${origin}/app/link?x=1#${token}`],
    ['a trailing slash', `${origin}/app/link/#${token}`],
    ['user info before the host', `https://someone@passerelle.example.lu/app/link#${token}`],
    ['an upper-case host', `https://PASSERELLE.example.lu/app/link#${token}`],
    ['the default port spelled out', `https://passerelle.example.lu:443/app/link#${token}`],
    ['surrounding spaces', ` ${origin}/app/link#${token} `],
    ['a javascript: URL', `javascript:alert(1)//${origin}/app/link#${token}`],
  ])('does not recognise %s as one of ours', (_, text) => {
    expect(parseScannedCode(text, 'link', origin)).toEqual({ ok: false, reason: 'not_ours' });
  });
});
