import type { Page } from 'playwright-core';

/**
 * Functions handed to `page.evaluate` are compiled by tsx/Vite with `keepNames`, which wraps inner
 * functions in a `__name(...)` helper that does not exist in the page. Define it there first.
 */
export async function allowCompiledFunctions(page: Page) {
  await page.evaluate('globalThis.__name = globalThis.__name || ((fn) => fn)');
}
