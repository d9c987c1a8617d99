/**
 * QR decoding, loaded only when a scanner opens (the first screen's budget is 40 KB gzip): the
 * browser's own BarcodeDetector where it reads QR codes (Chrome on Android, macOS, ChromeOS), else,
 * in a worker (worker-decoder.ts), zxing-cpp in WebAssembly, else (no WebAssembly) @zxing/library —
 * each a further dynamic import, so a phone downloads only the one it uses.
 */
export interface QrDecoder {
  engine: 'native' | 'wasm' | 'zxing';
  /**
   * The texts of the QR codes visible in the picture; none when nothing readable is there. An
   * aborted signal abandons the decode (it rejects with an AbortError).
   */
  decode(
    picture: HTMLVideoElement | HTMLImageElement | HTMLCanvasElement,
    signal?: AbortSignal,
  ): Promise<string[]>;
}

interface BarcodeDetectorLike {
  detect(picture: CanvasImageSource): Promise<{ rawValue: string }[]>;
}

interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

export async function loadDecoder(options: { engine?: QrDecoder['engine'] } = {}): Promise<QrDecoder> {
  const Native = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  const nativeReadsQr =
    options.engine !== 'zxing' && Native && (await Native.getSupportedFormats()).includes('qr_code');
  if (Native && nativeReadsQr) {
    const detector = new Native({ formats: ['qr_code'] });
    return {
      engine: 'native',
      decode: async (picture) => (await detector.detect(picture)).map((code) => code.rawValue),
    };
  }
  const { workerDecoder } = await import('./worker-decoder.js');
  return workerDecoder(options.engine === 'zxing' ? 'zxing' : 'wasm');
}

/** Roughly 5 decodes a second: quick to answer, and leaves the main thread mostly free (PITFALLS.md). */
export const SCAN_INTERVAL_MS = 200;

/**
 * Decodes the video's current frame now, then again every interval until stopped. One decode at a
 * time: a slow frame delays the next instead of piling up.
 */
export function scanVideo(
  video: HTMLVideoElement,
  decoder: QrDecoder,
  onTexts: (texts: string[]) => void,
  intervalMs = SCAN_INTERVAL_MS,
): () => void {
  let stopped = false;
  const abandon = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = async () => {
    const started = performance.now();
    if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && video.videoWidth > 0) {
      // The native detector rejects a frame it cannot read (a video being torn down): skip that
      // frame; a stopped scan's frame rejects too.
      const texts = await decoder.decode(video, abandon.signal).catch((): string[] => []);
      if (stopped) return;
      if (texts.length > 0) onTexts(texts);
    }
    if (!stopped) timer = setTimeout(tick, Math.max(0, intervalMs - (performance.now() - started)));
  };
  void tick();
  return () => {
    stopped = true;
    abandon.abort();
    clearTimeout(timer);
  };
}
