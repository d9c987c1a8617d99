import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { filesUnder, read, root } from './source-files.js';

/**
 * No runtime import cycles (issue 10). In a cycle, whichever module loads first sees the other's
 * exports still uninitialised (a `const` read before it is set throws, a class is `undefined`), and
 * which one loads first depends on who imported whom first: Lambda bundles and tests can differ.
 * `import type` is erased from the build, so it may go both ways; dynamic `import()` runs after both
 * modules are loaded, so it is left out too.
 */
const FOLDERS = ['functions/src', 'web/src', 'shared'];

/** The relative modules a source text loads at runtime: static imports and re-exports, not types. */
export function runtimeSpecifiers(text: string): string[] {
  const source = ts.createSourceFile('source.tsx', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause?.isTypeOnly ||
        (clause !== undefined &&
          clause.name === undefined &&
          bindings !== undefined &&
          ts.isNamedImports(bindings) &&
          bindings.elements.length > 0 &&
          bindings.elements.every((element) => element.isTypeOnly));
      if (!onlyTypes && ts.isStringLiteral(statement.moduleSpecifier))
        found.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier) {
      const clause = statement.exportClause;
      const onlyTypes =
        statement.isTypeOnly ||
        (clause !== undefined &&
          ts.isNamedExports(clause) &&
          clause.elements.length > 0 &&
          clause.elements.every((element) => element.isTypeOnly));
      if (!onlyTypes && ts.isStringLiteral(statement.moduleSpecifier))
        found.push(statement.moduleSpecifier.text);
    }
  }
  return found.filter((specifier) => specifier.startsWith('.'));
}

/** The source file a relative specifier names (`./x.js` is `./x.ts` or `./x.tsx` before the build). */
function sourceOf(from: string, specifier: string): string | undefined {
  const target = relative(root, resolve(root, dirname(from), specifier));
  const stem = target.replace(/\.js$/, '');
  return [`${stem}.ts`, `${stem}.tsx`, target, join(target, 'index.ts')].find((candidate) =>
    existsSync(join(root, candidate)),
  );
}

/** Every group of modules that import each other, directly or around a loop (Tarjan's algorithm). */
export function cycles(graph: Map<string, string[]>): string[][] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    const index = order.size;
    order.set(node, index);
    low.set(node, index);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!order.has(next)) visit(next);
      if (onStack.has(next)) low.set(node, Math.min(low.get(node) ?? index, low.get(next) ?? index));
    }
    if (low.get(node) !== index) return;
    const group: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1 || graph.get(node)?.includes(node)) found.push(group.sort());
  };
  for (const node of graph.keys()) if (!order.has(node)) visit(node);
  return found;
}

describe('import cycles', () => {
  it('none at runtime in the API, the web app or shared/', () => {
    const files = FOLDERS.flatMap((folder) => filesUnder(folder, ['.ts', '.tsx'])).filter(
      (file) => !/\.test\.tsx?$/.test(file) && !file.endsWith('.d.ts'),
    );
    expect(files.length).toBeGreaterThan(100);
    const graph = new Map(
      files.map((file) => [
        file,
        runtimeSpecifiers(read(file)).flatMap((specifier) => sourceOf(file, specifier) ?? []),
      ]),
    );
    expect(cycles(graph)).toEqual([]);
  });

  it('sees a cycle when there is one, around a loop or onto itself', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c'], ['e']]);
  });

  it('counts value imports and re-exports, not types', () => {
    const text = [
      "import { ApiError } from './errors.js';",
      "import type { Deps } from './deps.js';",
      "import { type A, type B } from './types.js';",
      "import { type C, helper } from './mixed.js';",
      "import './side-effect.js';",
      "export { thing } from './thing.js';",
      "export type { Shape } from './shape.js';",
      "import { z } from 'zod/mini';",
      "const later = () => import('./lazy.js');",
    ].join('\n');
    expect(runtimeSpecifiers(text)).toEqual(['./errors.js', './mixed.js', './side-effect.js', './thing.js']);
  });
});
