import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

// One config for the PWA build and for the three test projects (unit, infra, browser):
// the repository keeps its top level to the files named in the README.
const repository = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: 'web',
  publicDir: 'public',
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    // Keep the first screen small: heavy features (scanner, capture, PDF) are dynamic imports.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // The password estimator's word lists (zxcvbn-ts, EN/FR/DE, ~1.5 MB gzip) are named apart so
        // that the service worker does not precache them (globIgnores below): only the linking form
        // loads them, online.
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => id.includes('/@zxcvbn-ts/language-'))
            ? 'assets/password-dictionary-[hash].js'
            : 'assets/[name]-[hash].js',
      },
    },
  },
  // Module workers (every worker is started with { type: 'module' }): a worker's dynamic imports stay
  // chunks of their own, so the QR worker does not carry (and the precache does not hold) the zxing-js
  // fallback or zxing-wasm's loader, which it imports only when used.
  worker: { format: 'es' },
  server: { port: 5173, strictPort: true },
  resolve: {
    // jsPDF's optional renderers (doc.html, SVG): never used, never shipped (web/src/platform/no-optional-pdf-deps.ts).
    alias: Object.fromEntries(
      ['html2canvas', 'dompurify', 'canvg'].map((name) => [
        name,
        fileURLToPath(new URL('web/src/platform/no-optional-pdf-deps.ts', import.meta.url)),
      ]),
    ),
  },
  plugins: [
    preact(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Passerelle',
        short_name: 'Passerelle',
        description: 'Link your phone to your e-services account and add documents to your procedures.',
        start_url: '/app',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b4f8a',
        icons: [
          { src: '/icons/pwa-64x64.png', sizes: '64x64', type: 'image/png' },
          { src: '/icons/pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icons/maskable-icon-512x512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // A first visit precaches the shell and the phone's flows (linking, unlocking, adding a
        // document), which must work offline. Not precached: the computer's portal pages (online by
        // nature), the zxing-js fallback, which only browsers without WebAssembly load, and the
        // password dictionaries, which the linking form loads online (~1.5 MB gzip).
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2}'],
        globIgnores: [
          '**/portal-routes-*.js',
          '**/procedure-page-*.js',
          '**/qr-image-*.js',
          '**/qr-writer-worker-*.js',
          '**/qr-on-page-*.js',
          '**/zxing-decoder-*.js',
          '**/password-dictionary-*.js',
        ],
        // The scanner's WebAssembly (and the fallback, where used) are kept at first use, then offline.
        runtimeCaching: [
          {
            urlPattern: ({ url }) =>
              url.pathname.startsWith('/assets/') &&
              (url.pathname.endsWith('.wasm') || /\/zxing-decoder-[^/]+\.js$/.test(url.pathname)),
            handler: 'CacheFirst',
            options: { cacheName: 'scanner', expiration: { maxEntries: 8 } },
          },
        ],
        navigateFallback: '/index.html',
        // The API and the download redirects must always reach the network.
        navigateFallbackDenylist: [/^\/api\//],
        // Web Push: "your computer asks for a document" (docs/linked-account.md).
        importScripts: ['/push-sw.js'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
    }),
  ],
  test: {
    root: repository,
    // Node 20 here, Node 22 on Lambda: the SDK's reminder would repeat in every worker.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    projects: [
      {
        test: {
          name: 'unit',
          root: repository,
          include: [
            'functions/**/*.test.ts',
            'web/src/**/*.test.ts',
            'shared/**/*.test.ts',
            'checks/**/*.test.ts',
          ],
          globalSetup: ['functions/test/embedded-services.setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'infra',
          root: repository,
          include: ['infra/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          root: repository,
          include: ['web/e2e/**/*.e2e.ts'],
          globalSetup: ['web/e2e/harness/local-stack.setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
