import { existsSync, readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { join, relative } from 'node:path';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { Hono as HonoApp } from 'hono';
import { compress } from 'hono/compress';
import { secureHeaders } from 'hono/secure-headers';
import { type StorageProxyOptions, storageProxy } from './storage-proxy.js';

export interface SiteOptions {
  api: Hono;
  /** The built PWA (dist/web); absent in API-only mode (`npm run dev` serves the PWA with Vite). */
  webDir?: string;
  /** Where browsers upload to (the S3 endpoint), allowed in `connect-src`. */
  uploadOrigin: string;
  port: number;
  host?: string;
  tls?: { key: string; cert: string };
  /**
   * LAN mode: S3 reached through the site at /storage/*, because an https page may not talk to the
   * plain-http s3rver (mixed content) and a phone cannot reach the computer's loopback.
   */
  storageProxy?: StorageProxyOptions;
}

/**
 * The local stand-in for CloudFront: the PWA and the API on one origin, with the same security
 * headers the AWS response headers policy sets (SECURITY.md rows 10 and 22).
 */
export function siteApp(options: Omit<SiteOptions, 'port' | 'host' | 'tls'>) {
  const site = new HonoApp();
  const storage = options.storageProxy;
  // Only presigned uploads and reads the proxy verifies itself (SECURITY.md row 46).
  if (storage) site.all('/storage/*', storageProxy(storage));
  site.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        // WebAssembly (the QR decoder) needs 'wasm-unsafe-eval'; no inline or eval'd script is allowed.
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'", options.uploadOrigin],
        workerSrc: ["'self'", 'blob:'],
        manifestSrc: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        formAction: ["'self'"],
      },
      referrerPolicy: 'no-referrer',
      xFrameOptions: 'DENY',
      strictTransportSecurity: 'max-age=31536000; includeSubDomains',
      permissionsPolicy: { camera: ['self'], microphone: [], geolocation: [] },
      crossOriginEmbedderPolicy: false,
    }),
  );
  site.route('/', options.api);
  const webDir = options.webDir;
  if (webDir) {
    const root = relative(process.cwd(), webDir) || '.';
    site.use('/assets/*', async (c, next) => {
      await next();
      // Hashed file names: cache for a year. Everything else is revalidated (index, manifest, sw).
      c.header('Cache-Control', 'public, max-age=31536000, immutable');
    });
    site.use('*', async (c, next) => {
      await next();
      if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-cache');
    });
    // Compressed like CloudFront compresses them (gzip or brotli by Accept-Encoding).
    site.use('*', compress());
    site.use('*', serveStatic({ root }));
    const indexHtml = join(webDir, 'index.html');
    // SPA fallback for the app's own routes (never /api, which answers JSON 404s itself).
    site.get('*', (c) => {
      if (c.req.path.startsWith('/api/') || !existsSync(indexHtml)) return c.notFound();
      return c.html(readFileSync(indexHtml, 'utf8'));
    });
  }
  return site;
}

export async function startSite(options: SiteOptions) {
  const site = siteApp(options);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve(
      {
        fetch: site.fetch,
        port: options.port,
        hostname: options.host ?? '127.0.0.1',
        ...(options.tls ? { createServer: createHttpsServer, serverOptions: options.tls } : {}),
      },
      () => resolve(started),
    );
  });
  return {
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
