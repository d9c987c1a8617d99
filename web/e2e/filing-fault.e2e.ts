import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../functions/local/free-port.js';
import { samplePdf } from '../../functions/local/sample-pdf.js';
import { startSite } from '../../functions/local/site-server.js';
import { createApp } from '../../functions/src/app.js';
import { citizenLifetime } from '../../functions/src/auth/citizen-session.js';
import { createSession } from '../../functions/src/auth/sessions.js';
import { readConfig } from '../../functions/src/platform/config.js';
import { createDeps, LOCAL_CREDENTIALS } from '../../functions/src/platform/deps.js';
import { type FaultProxy, type SeenRequest, startFaultProxy } from '../../functions/test/fault-proxy.js';
import { codeStatus, generateCode, HOUSING } from './harness/add-document.js';
import { desktopBrowser, phoneBrowser, tempFile } from './harness/browser.js';

// SECURITY.md row 39, seen from the phone: storage fails the copy that files a document, after the
// API has consumed the code. The phone must never say "Document added" before the document exists,
// must keep its PDF and try again by itself, and the document must be filed exactly once when
// storage is back. The API of a second site reaches S3 through the fault proxy; the phone posts its
// file through the site's /storage relay (as in LAN mode), since storage only lets the main site's
// origins post.
const stack = inject('stack');
const NAME = 'Rent receipt November';
const isCopy = (request: SeenRequest) => request.method === 'PUT' && /x-amz-copy-source/i.test(request.head);

describe('a filing cut short by storage, seen from the phone (row 39)', () => {
  let proxy: FaultProxy;
  let site: Awaited<ReturnType<typeof startSite>>;
  let browser: Browser;
  let computer: Page;
  let phoneContext: BrowserContext;
  let origin: string;

  beforeAll(async () => {
    proxy = await startFaultProxy(stack.urls.s3);
    const port = await freePort();
    origin = `http://localhost:${port}`;
    const config = readConfig({
      ...stack.env,
      ALLOWED_ORIGINS: origin,
      S3_ENDPOINT: proxy.url,
      S3_PUBLIC_ENDPOINT: `${origin}/storage`,
      AWS_CONNECT_TIMEOUT_MS: '500',
      AWS_REQUEST_TIMEOUT_MS: '1000',
    });
    const deps = createDeps(config);
    site = await startSite({
      api: createApp(deps),
      webDir: resolve('dist/web'),
      uploadOrigin: origin,
      port,
      storageProxy: {
        target: stack.urls.s3,
        bucket: config.BUCKET_NAME,
        region: config.AWS_REGION,
        credentials: LOCAL_CREDENTIALS,
      },
    });
    const { token } = await createSession(
      deps,
      { kind: 'citizen', citizenId: 'citizen-marie-schmit', authTime: Math.floor(Date.now() / 1000) },
      citizenLifetime(deps),
    );
    let desktop: BrowserContext;
    ({ browser, context: desktop } = await desktopBrowser('en-GB'));
    await desktop.addCookies([{ name: 'passerelle_session', value: token, domain: 'localhost', path: '/' }]);
    computer = await desktop.newPage();
    await computer.goto(`${origin}/procedures`);
    ({ context: phoneContext } = await phoneBrowser());
  });
  afterAll(async () => {
    await phoneContext?.close();
    await browser?.close();
    await site?.stop();
    await proxy?.stop();
  });

  const documentsNamed = async () => {
    const { documents } = await computer.evaluate(
      async (procedureId) => (await fetch(`/api/procedures/${procedureId}`)).json(),
      HOUSING,
    );
    return (documents as { name: string }[]).filter((document) => document.name === NAME).length;
  };

  it('keeps the PDF and tries again by itself; storage back, the document is filed once and only then "added"', async () => {
    const code = await generateCode(computer, { action: 'add', typeId: 'other', name: NAME });
    const phone = await phoneContext.newPage();
    await phone.goto(code.url);
    await phone.getByRole('button', { name: 'Continue' }).click();
    const pdf = tempFile('rent-receipt.pdf');
    writeFileSync(pdf, samplePdf(NAME));
    await phone.getByLabel('Select a file').setInputFiles(pdf);
    await phone.getByRole('heading', { name: 'Your document is ready' }).waitFor();

    // Storage refuses the copy into documents/: the code is consumed, the document not filed.
    proxy.rule = (request) => (isCopy(request) ? 'refuse' : 'pass');
    await phone.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => proxy.seen.filter(isCopy).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
    await phone.getByTestId('retry-notice').waitFor();
    expect(await phone.getByRole('heading', { name: 'Document added' }).count()).toBe(0);
    expect((await codeStatus(computer, code.codeId)).state).not.toBe('filed');
    expect(await documentsNamed()).toBe(0);

    // Storage is back: the phone's own next try files it, without the citizen doing anything.
    proxy.rule = () => 'pass';
    await phone.getByRole('heading', { name: 'Document added' }).waitFor({ timeout: 40_000 });
    const status = await codeStatus(computer, code.codeId);
    expect(status.state).toBe('filed');
    expect(status.document?.name).toBe(NAME);
    expect(await documentsNamed()).toBe(1);
    await phone.close();
  });
});
