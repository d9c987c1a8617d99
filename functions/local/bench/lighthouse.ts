import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startLocalStack } from '../local-stack.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
// Lighthouse's simulated throttling multiplies the real CPU time it observes: on a busy machine one
// run says little, so each surface is measured several times (interleaved) and the spread printed.
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const SURFACES = [
  ['portal', '/'],
  ['phone', '/app'],
] as const;

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
type Items = Record<string, unknown>[];

const round = (value: unknown) => Math.round(Number(value ?? 0));
const items = (lhr: Lhr, id: string) =>
  ((lhr.audits[id]?.details as { items?: Items })?.items ?? []) as Items;
const file = (url: unknown) => String(url).replace(/^https?:\/\/[^/]+/, '');

/**
 * Lighthouse (the npm package, mobile, its default throttling) on the built site as `npm start`
 * serves it: `/` signed out and `/app`, all four categories (issue 14: 100 in each). Prints every
 * audit that did not pass, so a score under 100 says why, and what explains the performance score
 * (the metrics, main-thread work by script and by kind, JS bytes) with the load average of each run.
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
    const runs: Record<string, ReturnType<typeof summarise>[]> = { portal: [], phone: [] };
    for (let run = 0; run < RUNS; run++) {
      for (const [surface, path] of SURFACES) {
        const [load = 0] = loadavg();
        const result = await lighthouse(`${stack.origin}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
          formFactor: 'mobile',
        });
        if (!result) throw new Error(`Lighthouse returned no result for ${path}`);
        runs[surface]?.push(summarise(result.lhr, load));
      }
    }
    return Object.fromEntries(
      SURFACES.map(([surface]) => {
        const list = runs[surface] ?? [];
        const performance = list.map((entry) => entry.scores.performance ?? 0).sort((a, b) => a - b);
        return [
          surface,
          {
            budget: 100,
            performance: {
              min: performance[0],
              median: performance[Math.floor(performance.length / 2)],
              max: performance.at(-1),
            },
            runs: list,
          },
        ];
      }),
    );
  } finally {
    chrome.kill();
    await stack.stop();
  }
}

function summarise(lhr: Lhr, loadAverage: number) {
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
  );
  const notPassed = Object.values(lhr.audits)
    .filter((audit) => audit.score !== null && audit.score < 1)
    .filter((audit) => !['informative', 'manual', 'notApplicable'].includes(audit.scoreDisplayMode))
    .map((audit) => ({ id: audit.id, score: audit.score, value: audit.displayValue }));
  const metric = (id: string) => round(lhr.audits[id]?.numericValue);
  const scripts = items(lhr, 'network-requests').filter((item) => item.resourceType === 'Script');
  return {
    loadAverage: Math.round(loadAverage * 100) / 100,
    // A run Lighthouse could not finish (a page too slow on a busy machine) says why instead of zeros.
    ...(lhr.runtimeError ? { runtimeError: lhr.runtimeError.code } : {}),
    scores,
    notPassed,
    metricsMs: {
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      speedIndex: metric('speed-index'),
      tbt: metric('total-blocking-time'),
      tti: metric('interactive'),
      cls: lhr.audits['cumulative-layout-shift']?.numericValue,
    },
    // What the main thread did (simulated mobile CPU), by script and by kind of work.
    bootupMs: items(lhr, 'bootup-time').map((item) => ({
      url: file(item.url),
      total: round(item.total),
      scripting: round(item.scripting),
      parse: round(item.scriptParseCompile),
    })),
    mainThreadMs: Object.fromEntries(
      items(lhr, 'mainthread-work-breakdown').map((item) => [item.group, round(item.duration)]),
    ),
    longTasks: items(lhr, 'long-tasks').map((item) => ({
      url: file(item.url),
      start: round(item.startTime),
      duration: round(item.duration),
    })),
    scripts: {
      count: scripts.length,
      transferKB:
        Math.round(scripts.reduce((sum, item) => sum + Number(item.transferSize ?? 0), 0) / 102.4) / 10,
    },
  };
}
