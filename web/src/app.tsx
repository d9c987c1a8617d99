import { ErrorBoundary, LocationProvider, lazy, Route, Router } from 'preact-iso';
import { LanguageProvider } from './platform/i18n.js';
import { RetryNotice } from './platform/retry-notice.js';
import { UpdatePrompt } from './platform/update-prompt.js';

// One route table for both surfaces; each loads lazily, so the computer never downloads the
// phone's code and the phone's first screen stays small (DESIGN.md budgets).
const Portal = lazy(() => import('./portal/portal-routes.js'));
const Phone = lazy(() => import('./phone/phone-routes.js'));

export function App() {
  return (
    <LanguageProvider>
      {/* Links into /api (sign-in, downloads) are real navigations, not client-side routes. */}
      <LocationProvider scope={/^\/(?!api\/)/}>
        <ErrorBoundary>
          <Router>
            {/* A `/*` route hands the rest of the path to the surface's own router; `/app` and `/`
                themselves match no `/*`, hence the plain and default routes beside them. */}
            <Route path="/app" component={Phone} />
            <Route path="/app/*" component={Phone} />
            <Route path="/*" component={Portal} />
            <Route default component={Portal} />
          </Router>
        </ErrorBoundary>
        <UpdatePrompt />
        <RetryNotice />
      </LocationProvider>
    </LanguageProvider>
  );
}
