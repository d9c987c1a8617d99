import { ErrorBoundary, LocationProvider, lazy, Route, Router } from 'preact-iso';
import { LanguageProvider } from './platform/i18n.js';
import { UpdatePrompt } from './platform/update-prompt.js';

// One route table for both surfaces; each loads lazily, so the computer never downloads the
// phone's code and the phone's first screen stays small (DESIGN.md budgets).
const Portal = lazy(() => import('./portal/portal-routes.js'));
const Phone = lazy(() => import('./phone/phone-routes.js'));

export function App() {
  return (
    <LanguageProvider>
      <LocationProvider>
        <ErrorBoundary>
          <Router>
            <Route path="/app" component={Phone} />
            <Route path="/app/*" component={Phone} />
            <Route default component={Portal} />
          </Router>
        </ErrorBoundary>
        <UpdatePrompt />
      </LocationProvider>
    </LanguageProvider>
  );
}
