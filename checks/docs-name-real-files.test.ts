import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, read, root } from './source-files.js';

/**
 * docs/architecture.md is the map of the code: every file it names in `code` or links to must exist.
 * A full path is looked up from the root (or from the doc's folder for links); a bare name such as
 * `filing-target.ts` must be the name of some file in the tree.
 */
const DOCS = [
  'docs/architecture.md',
  'shared/README.md',
  'web/README.md',
  'functions/README.md',
  'infra/README.md',
  'checks/README.md',
];
const FILE = /^[\w./-]+\.(ts|tsx|css|md|json|mjs|js|html)$/;

const everyFile = ['web', 'functions', 'infra', 'shared', 'checks', 'docs'].flatMap((folder) =>
  filesUnder(folder, ['']),
);
const names = new Set(everyFile.map((file) => file.slice(file.lastIndexOf('/') + 1)));

function namedFiles(doc: string): string[] {
  const text = read(doc);
  const quoted = [...text.matchAll(/`([^`\s]+)`/g)].map((match) => match[1] ?? '');
  const linked = [...text.matchAll(/\]\(([^)#\s]+)\)/g)]
    .map((match) => match[1] ?? '')
    .filter((link) => !/^[a-z]+:/.test(link))
    .map((link) => join(doc, '..', link));
  return [...quoted.filter((name) => FILE.test(name) && !name.startsWith('../')), ...linked];
}

function missing(doc: string) {
  return namedFiles(doc).filter((name) =>
    name.includes('/')
      ? !existsSync(join(root, name)) && !everyFile.some((file) => file.endsWith(`/${name}`))
      : !names.has(name) && !existsSync(join(root, name)),
  );
}

describe('docs name real files', () => {
  for (const doc of DOCS) {
    it(`${doc} names only files that exist`, () => {
      expect(namedFiles(doc).length).toBeGreaterThan(0);
      expect(missing(doc)).toEqual([]);
    });
  }
});
