import { describe, expect, it } from 'vitest';
import { filesUnder, read, relativeImports } from './source-files.js';

/**
 * Who may import whom (docs/architecture.md, Folders). The web app and the API meet only in
 * `shared/`: a web file importing `functions/` would ship server code to phones (or break when
 * the API's internals change), and `shared/` must run in a browser and on Node alike.
 */
const sources = (folder: string) => filesUnder(folder, ['.ts', '.tsx']);

function crossings(files: string[], forbidden: string[]) {
  return files.flatMap((file) =>
    relativeImports(file)
      .filter((target) => forbidden.some((folder) => target === folder || target.startsWith(`${folder}/`)))
      .map((target) => `${file} → ${target}`),
  );
}

/**
 * The one crossing allowed: the API's route table as a type, so that the web's typed client
 * (`hc<AppType>`) breaks the typecheck when a route changes (issue 10). `import type` is erased from
 * the build, so no server code reaches a phone.
 */
const CONTRACT = 'web/src/platform/api-client.ts → functions/src/app.js';

describe('import boundaries', () => {
  it('the web app imports nothing from functions/ or infra/ (shared code lives in shared/)', () => {
    expect(sources('web/src')).not.toHaveLength(0);
    expect(crossings(sources('web/src'), ['functions', 'infra']).filter((c) => c !== CONTRACT)).toEqual([]);
  });

  it('the web reads the API only as a type: its route table, in one file, erased from the build', () => {
    const client = read('web/src/platform/api-client.ts');
    const fromFunctions = client.split('\n').filter((line) => line.includes('/functions/'));
    expect(fromFunctions).toEqual(["import type { AppType } from '../../../functions/src/app.js';"]);
  });

  it('the API imports nothing from web/ or infra/', () => {
    expect(crossings(sources('functions/src'), ['web', 'infra'])).toEqual([]);
  });

  it('only the benches reach into web/src from functions/local (they measure the web code itself)', () => {
    const local = sources('functions/local').filter((file) => !file.startsWith('functions/local/bench/'));
    expect(crossings(local, ['web'])).toEqual([]);
  });

  it('shared/ imports neither side, nor Node built-ins (it runs in the browser and on Node)', () => {
    const files = sources('shared');
    expect(files).not.toHaveLength(0);
    expect(crossings(files, ['web', 'functions', 'infra'])).toEqual([]);
    const nodeImports = files.filter(
      (file) => !file.endsWith('.test.ts') && /from\s+['"]node:/.test(read(file)),
    );
    expect(nodeImports).toEqual([]);
  });

  it('sees a forbidden import when there is one', () => {
    // The scanner itself: a web file that reached into the API would be reported.
    expect(crossings(['web/e2e/harness/stack-data.ts'], ['functions'])).not.toEqual([]);
  });
});
