import { describe, expect, it } from 'vitest';
import { FORWARD_VIEWER, SPA_FALLBACK } from '../lib/web.js';

type Request = { uri: string; headers: Record<string, { value: string }> };

/** Runs a CloudFront Function's source as CloudFront would: `handler(event)` returns the request. */
function run(source: string, uri: string, headers: Request['headers'] = {}) {
  const handler = new Function(`${source}; return handler;`)() as (event: unknown) => Request;
  return handler({ request: { uri, headers }, viewer: { ip: '198.51.100.7' } });
}

describe('the CloudFront functions', () => {
  it('sends client-side routes to index.html and leaves files alone', () => {
    for (const route of ['/', '/app', '/app/link', '/procedures/p-1', '/devices/']) {
      expect(run(SPA_FALLBACK, route).uri).toBe('/index.html');
    }
    for (const file of [
      '/assets/index-abc123.js',
      '/sw.js',
      '/manifest.webmanifest',
      '/icons/pwa-192x192.png',
    ]) {
      expect(run(SPA_FALLBACK, file).uri).toBe(file);
    }
  });

  it('gives the API the site’s host and the viewer’s address, whatever the client sent', () => {
    const request = run(FORWARD_VIEWER, '/api/health', {
      host: { value: 'passerelle.example.lu' },
      'x-viewer-address': { value: '203.0.113.99' },
    });
    expect(request.headers['x-forwarded-host']).toEqual({ value: 'passerelle.example.lu' });
    expect(request.headers['x-viewer-address']).toEqual({ value: '198.51.100.7' });
  });
});
