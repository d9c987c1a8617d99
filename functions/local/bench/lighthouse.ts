import { resolve } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { must } from '../../test/must.js';
import { startLocalStack } from '../local-stack.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Lighthouse (the npm package, mobile, its default throttling) on the built site as `npm start`
 * serves it: `/` signed out and `/app`, all four categories (issue 14: 100 in each). Prints every
 * audit that did not pass, so a score under 100 says why.
 */
export async function benchLighthouse() {
  const stack = await startLocalStack({ port: 0, webDir: resolve('dist/web') });
  const chrome = await launch({
    chromePath: CHROMIUM,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const surfaces: Record<string, unknown> = {};
    for (const [surface, path] of [
      ['portal', '/'],
      ['phone', '/app'],
    ] as const) {
      const result = await lighthouse(`${stack.origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
        formFactor: 'mobile',
      });
      const lhr = must(result, `Lighthouse's result for ${path}`).lhr;
      const scores = Object.fromEntries(
        CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
      );
      const notPassed = Object.values(lhr.audits)
        .filter(
          (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative',
        )
        .filter((audit) => audit.scoreDisplayMode !== 'manual' && audit.scoreDisplayMode !== 'notApplicable')
        .map((audit) => ({ id: audit.id, score: audit.score, value: audit.displayValue }));
      surfaces[surface] = { scores, budget: 100, notPassed };
    }
    return surfaces;
  } finally {
    chrome.kill();
    await stack.stop();
  }
}
