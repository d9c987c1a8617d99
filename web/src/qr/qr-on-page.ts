// The QR writer on the page, for browsers whose workers have no OffscreenCanvas (qr-image.tsx).
export { toDataURL } from 'qrcode';
