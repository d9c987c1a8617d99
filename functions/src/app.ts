import { Hono } from 'hono';
import { Hono as QuickHono } from 'hono/quick';
import { accountRoutes } from './account/routes.js';
import { desktopCodeRoutes, uploadCodeStatusKey } from './add-document/desktop-routes.js';
import { type PhoneEnv, phoneCode, refuseUploadCodes } from './add-document/phone-credentials.js';
import { phoneCodeRoutes } from './add-document/phone-routes.js';
import { type AlongsideKey, type CitizenEnv, requireCitizen } from './auth/citizen-session.js';
import { authRoutes } from './auth/routes.js';
import { type DeviceEnv, requireDevice } from './devices/device-session.js';
import { deviceRoutes, myDevicesRoutes, unlinkLinkRoutes } from './devices/routes.js';
import { unlockRoutes } from './devices/unlock-routes.js';
import { computerUploadRoutes } from './documents/computer-uploads.js';
import { linkCodeRoutes, linkCodeStatusKey, linkPhoneRoutes } from './link/routes.js';
import { shortCodeRoutes } from './link/short-code-routes.js';
import { edgeOnly } from './platform/client-address.js';
import type { Deps } from './platform/deps.js';
import { answerError, errorBody } from './platform/errors.js';
import { guessLimit } from './platform/guess-limit.js';
import { requestLog } from './platform/request-log.js';
import { sameOriginOnly } from './platform/same-origin.js';
import { espaceRoutes, procedureRoutes } from './portal/routes.js';

/**
 * The whole API, mounted under /api on the site's own origin (locally and behind CloudFront alike).
 * Each feature is a sub-app at its own prefix, and each prefix's guard is registered here, once, in
 * front of everything under it: what protects a route never depends on which sub-app came first
 * (the route-table test, app-guards.test.ts, checks every route against this table).
 */
export function createApp(deps: Deps) {
  // The computer's signed-in citizen, refusing an upload code presented in its place (row 26). A
  // status poll's code is read with the session, in one request (`alongside`: issue 14).
  const computer = (alongside?: AlongsideKey) =>
    new Hono<CitizenEnv>().use(refuseUploadCodes(), requireCitizen(deps, alongside));
  // An unlocked, linked phone (row 47), which an upload code cannot stand in for either.
  const phone = () => new Hono<DeviceEnv>().use(requireDevice(deps), refuseUploadCodes());
  // Routes that take a secret token: every call counts as a guess (rows 4 and 42).
  const guessed = () => new Hono().use(guessLimit(deps));

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
    .route('/espaces', computer().route('/', espaceRoutes(deps)))
    .route(
      '/procedures',
      computer(uploadCodeStatusKey)
        .route('/', procedureRoutes(deps))
        .route('/', desktopCodeRoutes(deps))
        .route('/', computerUploadRoutes(deps)),
    )
    .route('/link-codes', computer(linkCodeStatusKey).route('/', linkCodeRoutes(deps)))
    .route('/devices', computer().route('/', myDevicesRoutes(deps)))
    .route(
      '/upload-code',
      new Hono<PhoneEnv>().use(guessLimit(deps), phoneCode(deps)).route('/', phoneCodeRoutes(deps)),
    )
    .route('/link', guessed().route('/', linkPhoneRoutes(deps)))
    .route('/short-codes', shortCodeRoutes(deps))
    .route('/unlock', guessed().route('/', unlockRoutes(deps)))
    .route('/unlink-links', guessed().route('/', unlinkLinkRoutes(deps)))
    .route('/device', phone().route('/', deviceRoutes(deps)).route('/', accountRoutes(deps)));

  // The routes are matched by the outer app's router. The default RegExpRouter compiles one regular
  // expression of every route on the first request (~30 ms of a cold start here); hono/quick's
  // LinearRouter needs no such step and matches ~70 routes in microseconds (issue 14).
  const app = new QuickHono().route('/api', api);
  app.onError(answerError);
  app.notFound((c) => c.json(errorBody('not_found', 'There is nothing at this address.'), 404));
  return app;
}

export type AppType = ReturnType<typeof createApp>;
