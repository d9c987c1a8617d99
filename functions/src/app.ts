import { Hono } from 'hono';
import { accountRoutes } from './account/routes.js';
import { addDocumentRoutes } from './add-document/routes.js';
import { authRoutes } from './auth/routes.js';
import { deviceRoutes, myDevicesRoutes, unlinkLinkRoutes } from './devices/routes.js';
import { unlockRoutes } from './devices/unlock-routes.js';
import { computerUploadRoutes } from './documents/computer-uploads.js';
import { linkRoutes } from './link/routes.js';
import { edgeOnly } from './platform/client-address.js';
import type { Deps } from './platform/deps.js';
import { answerError, errorBody } from './platform/errors.js';
import { requestLog } from './platform/request-log.js';
import { sameOriginOnly } from './platform/same-origin.js';
import { portalRoutes } from './portal/routes.js';

/**
 * The whole API, mounted under /api on the site's own origin (locally and behind CloudFront alike).
 * Each feature is a sub-app that receives its dependencies.
 */
export function createApp(deps: Deps) {
  const api = new Hono()
    .use(edgeOnly(deps))
    .use(requestLog(deps))
    .use(sameOriginOnly(deps.config.ALLOWED_ORIGINS))
    .use(async (c, next) => {
      await next();
      // API answers are personal: never cached by the browser, the service worker or CloudFront.
      c.header('Cache-Control', 'no-store');
      c.header('Referrer-Policy', 'no-referrer');
    })
    .get('/health', (c) => c.json({ ok: true }))
    .route('/auth', authRoutes(deps))
    .route('/', addDocumentRoutes(deps))
    .route('/', portalRoutes(deps))
    .route('/', computerUploadRoutes(deps))
    .route('/', linkRoutes(deps))
    .route('/', unlockRoutes(deps))
    .route('/', deviceRoutes(deps))
    .route('/', accountRoutes(deps))
    .route('/', myDevicesRoutes(deps))
    .route('/', unlinkLinkRoutes(deps));

  const app = new Hono().route('/api', api);
  app.onError(answerError);
  app.notFound((c) => c.json(errorBody('not_found', 'There is nothing at this address.'), 404));
  return app;
}

export type AppType = ReturnType<typeof createApp>;
