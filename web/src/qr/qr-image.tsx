import { useEffect, useState } from 'preact/hooks';
import { toDataURL } from 'qrcode';

/**
 * A QR code as an image (a data: URL, allowed by our CSP; no inline script or style). Error
 * correction M survives screen glare and moiré better than L at the size of a URL with a token.
 */
export function QrImage({ value, label, size = 280 }: { value: string; label: string; size?: number }) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    let current = true;
    toDataURL(value, {
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
    <div class="qr-image qr-image--pending" role="img" aria-label={label} aria-busy="true" />
  );
}
