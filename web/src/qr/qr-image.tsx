import { useEffect, useState } from 'preact/hooks';
import type { QRCodeToDataURLOptions } from 'qrcode';
import { workerBridge } from '../platform/worker-bridge.js';
import type { QrWriter } from './qr-writer-worker.js';

const writer = workerBridge<QrWriter>(
  () => new Worker(new URL('./qr-writer-worker.ts', import.meta.url), { type: 'module' }),
  { idleMs: 30_000 },
);

/**
 * The QR code's PNG, drawn in a worker (qr-writer-worker.ts) so the page stays responsive; where a
 * browser cannot (no OffscreenCanvas in workers), on the page as before.
 */
async function qrDataUrl(value: string, options: QRCodeToDataURLOptions) {
  try {
    return await writer.call((remote) => remote.dataUrl(value, options));
  } catch {
    const { toDataURL } = await import('./qr-on-page.js');
    return toDataURL(value, options);
  }
}

/**
 * A QR code as an image (a data: URL, allowed by our CSP; no inline script or style). Error
 * correction M survives screen glare and moiré better than L at the size of a URL with a token.
 */
export function QrImage({ value, label, size = 280 }: { value: string; label: string; size?: number }) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    let current = true;
    qrDataUrl(value, {
      errorCorrectionLevel: 'M',
      margin: 4,
      width: size,
      color: { dark: '#000000', light: '#ffffff' },
    }).then((url) => current && setSrc(url));
    return () => {
      current = false;
    };
  }, [value, size]);
  return src ? (
    <img class="qr-image" src={src} width={size} height={size} alt={label} />
  ) : (
    // Only a blank of the same size while drawing: the image, with its name, appears once it can be
    // scanned (a placeholder named like the QR code would be found, and then replaced, by assistive
    // technology and tests alike).
    <div class="qr-image qr-image--pending" aria-hidden="true" />
  );
}
