// First: it quiets known dependency warnings before those dependencies load.
import './quiet-start.js';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { acquireInstanceLock } from './instance-lock.js';
import { lanIdentity, terminalQr } from './lan.js';
import { startLocalStack } from './local-stack.js';
import { fullName, testCitizens } from './test-citizens.js';

/**
 * `npm start`: builds the PWA, starts the embedded servers and serves everything on one origin.
 * `npm run dev`: the same API, with the PWA served by Vite's dev server (hot reload) on PORT.
 */
const { values } = parseArgs({
  options: { dev: { type: 'boolean', default: false }, lan: { type: 'boolean', default: false } },
});
const port = Number(process.env.PORT ?? 5173);
const dataDir = resolve(process.env.DATA_DIR ?? '.data');
const webDir = resolve('dist/web');

async function main() {
  const lock = acquireInstanceLock(dataDir, `http://localhost:${port}`);
  if (!lock.acquired) {
    console.error(
      `Passerelle is already running in this folder (process ${lock.pid}${lock.site ? `, ${lock.site}` : ''}).\n` +
        'Open it there, or stop it (Ctrl-C in its terminal) before starting it again.',
    );
    process.exit(1);
  }
  if (!values.dev) {
    console.log('Building the app…');
    const { build } = await import('vite');
    await build({
      configFile: resolve('vite.config.ts'),
      logLevel: process.env.LOG_LEVEL === 'debug' ? 'info' : 'error',
    });
  }
  // In dev mode Vite owns PORT and proxies /api to the API one port below the embedded servers.
  const apiPort = values.dev ? port + 5 : port;
  const lan = values.lan ? await lanIdentity(dataDir) : undefined;
  const stack = await startLocalStack({
    port: apiPort,
    dataDir,
    lan,
    webDir: values.dev ? undefined : webDir,
    extraOrigins: values.dev ? [`http://localhost:${port}`] : [],
  });
  let viteServer: { close(): Promise<void> } | undefined;
  if (values.dev) {
    const { createServer } = await import('vite');
    const server = await createServer({
      configFile: resolve('vite.config.ts'),
      server: { port, strictPort: true, proxy: { '/api': { target: stack.origin, changeOrigin: false } } },
    });
    await server.listen();
    viteServer = server;
  }
  const site = lan ? stack.origin : `http://localhost:${port}`;
  console.log(`
Passerelle is running.

  Portal (computer)    ${site}
  App (phone)          ${site}/app
  Mail viewer          ${stack.urls.mailViewer}
  Identity provider    ${stack.urls.identity}
  Data                 ${dataDir}

Test citizens — click 'LuxTrust' or 'eID' on the portal, then choose one:
${testCitizens.map((citizen) => `  ${fullName(citizen).padEnd(14)} ${citizen.email.padEnd(26)} ${citizen.about}`).join('\n')}

Press Ctrl-C to stop. Data is kept for the next start.`);
  if (lan) {
    console.log(`
LAN mode: open ${site} on this computer too (QR codes carry the address the computer uses).
The certificate is self-signed: accept it once on each device. Scan to open the app on your phone:

${await terminalQr(`${site}/app`)}`);
  }

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    await viteServer?.close();
    await stack.stop();
    lock.release();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
