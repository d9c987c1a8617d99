import { Hono } from 'hono';
import type { Deps } from '../platform/deps.js';
import { desktopCodeRoutes } from './desktop-routes.js';
import { refuseUploadCodes } from './phone-credentials.js';
import { phoneCodeRoutes } from './phone-routes.js';

/**
 * Flow 2, 'Add a document' by QR code: the computer's side (generate, follow, cancel) and the
 * phone's (what the code is for, claim, send, complete). Mounted before the portal so that its
 * guard refuses an upload code presented to any of the portal's reads (SECURITY.md row 26).
 */
export function addDocumentRoutes(deps: Deps) {
  return new Hono()
    .use('/procedures/*', refuseUploadCodes())
    .use('/espaces/*', refuseUploadCodes())
    .route('/', desktopCodeRoutes(deps))
    .route('/', phoneCodeRoutes(deps));
}
