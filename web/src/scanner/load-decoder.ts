import type { QrDecoder, scanVideo } from './decoder.js';

export interface Scanner {
  decoder: QrDecoder;
  scanVideo: typeof scanVideo;
}

let loading: Promise<Scanner> | undefined;

/**
 * The decoder chunk, fetched once and shared. The scan screen starts this while the citizen reads
 * why the camera is needed, so the camera never waits for the download.
 */
export function preloadScanner(): Promise<Scanner> {
  loading ??= import('./decoder.js').then(async (module) => ({
    decoder: await module.loadDecoder(),
    scanVideo: module.scanVideo,
  }));
  // A failed download (offline before the service worker cached it) may succeed on the next try.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
