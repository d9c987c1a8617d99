import { DEVICE_NAME_MAX } from '../../../shared/limits.js';
import { ApiError } from '../platform/errors.js';

export { DEVICE_NAME_MAX };

/**
 * A device name is typed on the phone and shown in the portal and in emails (SECURITY.md row 11):
 * markup, control, zero-width, bidirectional-override characters and lone UTF-16 surrogates (row 44)
 * are removed, spaces collapsed,
 * and at most 64 characters kept (counted as characters, so no emoji is cut in half).
 */
export function cleanDeviceName(value: string): string {
  const cleaned = value
    .normalize('NFC')
    .replace(/<[^>]*>/g, '')
    .replace(/[<>]/g, '')
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return Array.from(cleaned).slice(0, DEVICE_NAME_MAX).join('').trim();
}

export function deviceNameOrRefuse(value: string): string {
  const name = cleanDeviceName(value);
  if (!name) {
    throw new ApiError(400, 'device_name_required', 'Give this device a name, for example "My phone".');
  }
  return name;
}
