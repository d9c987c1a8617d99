import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * `npm run bench`: every budget of DESIGN.md measured on this machine and printed as one JSON
 * document. Each measure lives in its own module beside this one; a measure that fails is reported
 * as such rather than stopping the others. Needs `npm run build` first (dist/web).
 */
const measures: [name: string, module: string, exported: string][] = [
  ['firstScreenJs', './first-screen.ts', 'benchFirstScreen'],
  ['apiLoad', './api-load.ts', 'benchApiLoad'],
  ['qr', './qr.ts', 'benchQr'],
  ['qrFrames', './qr-frames.ts', 'benchQrFrames'],
  ['outline', './outline.ts', 'benchOutline'],
  ['outlineSurfaces', './outline-surfaces.ts', 'benchOutlineSurfaces'],
  ['pdf', './pdf.ts', 'benchPdf'],
  ['desktopStatus', './desktop-status.ts', 'benchDesktopStatus'],
  ['lambda', './lambda.ts', 'benchLambda'],
  ['precache', './precache.ts', 'benchPrecache'],
  ['lighthouse', './lighthouse.ts', 'benchLighthouse'],
  ['hostileCorpus', './hostile.ts', 'benchHostile'],
  ['soak', './soak.ts', 'benchSoak'],
];

async function main() {
  // Node 20 here, Node 22 on Lambda: the SDK's reminder says nothing about what is measured.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  if (!existsSync(resolve('dist/web/index.html'))) {
    const { build } = await import('vite');
    await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn' });
  }
  const report: Record<string, unknown> = {
    machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
  };
  const only = process.argv.slice(2);
  for (const [name, module, exported] of measures) {
    if (only.length && !only.includes(name)) continue;
    const file = new URL(module, import.meta.url);
    if (!existsSync(file)) {
      report[name] = { skipped: 'not measured yet' };
      continue;
    }
    try {
      const loaded = (await import(pathToFileURL(file.pathname).href)) as Record<
        string,
        () => Promise<unknown>
      >;
      const measure = loaded[exported];
      if (!measure) throw new Error(`${module} exports no ${exported}`);
      report[name] = await measure();
    } catch (error) {
      report[name] = { failed: String((error as Error).stack ?? error) };
    }
  }
  console.log(JSON.stringify(report, null, 2));
  process.exit(0);
}

main();
