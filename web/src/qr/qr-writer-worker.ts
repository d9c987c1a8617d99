/// <reference lib="webworker" />
import { expose } from 'comlink';
import { type QRCodeToDataURLOptions, toCanvas } from 'qrcode';

/**
 * QR codes drawn off the main thread: building the symbol (Reed–Solomon, eight masks scored) and
 * its pixels took the page's longest task at load ('Get the app' on the landing page, issue 14);
 * here it blocks nothing. The same renderer as on the page (qrcode's canvas renderer, on an
 * OffscreenCanvas), encoded as a PNG data: URL. Called through platform/worker-bridge.ts.
 */
const qrWriter = {
  async dataUrl(value: string, options: QRCodeToDataURLOptions): Promise<string> {
    const canvas = new OffscreenCanvas(1, 1);
    // qrcode's types name a page's canvas; its renderer only uses what an OffscreenCanvas has too.
    await toCanvas(canvas as unknown as Parameters<typeof toCanvas>[0], value, options);
    return new FileReaderSync().readAsDataURL(await canvas.convertToBlob({ type: 'image/png' }));
  },
};

export type QrWriter = typeof qrWriter;

expose(qrWriter);
