import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root, as the paths below are written. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const skipped = new Set(['node_modules', 'dist', 'cdk.out', '.data', '.git']);

/** Every file under `folder` (relative to the root) whose name ends with one of `endings`. */
export function filesUnder(folder: string, endings: string[]): string[] {
  const found: string[] = [];
  const walk = (absolute: string) => {
    for (const entry of readdirSync(absolute, { withFileTypes: true })) {
      if (skipped.has(entry.name)) continue;
      const path = join(absolute, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (endings.some((ending) => entry.name.endsWith(ending))) found.push(relative(root, path));
    }
  };
  walk(join(root, folder));
  return found.sort();
}

export const read = (path: string) => readFileSync(join(root, path), 'utf8');

// Static imports and re-exports (`from '…'`), side-effect imports, dynamic `import('…')` and
// `new URL('…', import.meta.url)` (how workers and assets are named).
const specifiers = [
  /\bfrom\s+['"]([^'"]+)['"]/g,
  /\bimport\s+['"]([^'"]+)['"]/g,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\bnew URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url/g,
];

/** The repository files a source file reaches by relative path (packages are left out). */
export function relativeImports(path: string): string[] {
  const text = read(path);
  const targets = new Set<string>();
  for (const pattern of specifiers) {
    for (const match of text.matchAll(pattern)) {
      const specifier = match[1] ?? '';
      if (!specifier.startsWith('.')) continue;
      targets.add(relative(root, resolve(root, dirname(path), specifier)));
    }
  }
  return [...targets];
}
