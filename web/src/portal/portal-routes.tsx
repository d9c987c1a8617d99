import { lazy, Route, Router, useLocation } from 'preact-iso';
import { LEGAL_PAGES } from '../legal/texts.js';
import { useT } from '../platform/i18n.js';
import { CitizenProvider, useCitizen } from './citizen.js';
import { Landing } from './landing.js';
import { PortalLayout } from './portal-layout.js';
import { ProceduresPage } from './procedures-page.js';
import { portalStrings } from './strings.js';
import './portal.css';

// A procedure's page brings the document dialog and the QR code writer: loaded when opened.
const ProcedurePage = lazy(() => import('./procedure-page.js').then((module) => module.ProcedurePage));
const LinkDesktop = lazy(() =>
  import('../link/link-desktop-page.js').then((module) => module.LinkDesktopPage),
);
const MyDevices = lazy(() => import('../devices/my-devices-page.js').then((module) => module.MyDevicesPage));
// The confirmation email's unlink link works without signing in: it is not behind the sign-in gate.
const UnlinkFromEmail = lazy(() =>
  import('../devices/unlink-email-page.js').then((module) => module.UnlinkEmailPage),
);

const Legal = lazy(() => import('../legal/legal-page.js').then((module) => module.LegalPage));

/** The computer's surface: signed out, the landing page; signed in, the portal. */
export default function PortalRoutes() {
  const { path } = useLocation();
  if (path === '/unlink-device') return <UnlinkFromEmail />;
  // The footer's pages are public: readable before signing in, and from the phone.
  const legal = LEGAL_PAGES.find((page) => path === `/${page}`);
  if (legal) return <Legal page={legal} />;
  return (
    <CitizenProvider>
      <PortalShell />
    </CitizenProvider>
  );
}

function PortalShell() {
  const t = useT(portalStrings);
  const { state, reload } = useCitizen();
  if (state.status === 'loading') {
    // A page of its own while /api/auth/me answers (or a busy service is retried): landmark and heading.
    return (
      <main id="main">
        <h1 class="visually-hidden">Passerelle</h1>
        <p class="page-loading" role="status">
          {t('loading')}
        </p>
      </main>
    );
  }
  if (state.status === 'error') return <ErrorPage message={state.error.serverMessage} onRetry={reload} />;
  if (!state.value.signedIn) return <Landing sessionEnded={state.value.reason === 'session_expired'} />;
  return (
    <PortalLayout me={state.value}>
      <Router>
        <Route path="/" component={ProceduresPage} />
        <Route path="/procedures" component={ProceduresPage} />
        <Route path="/procedures/:procedureId" component={ProcedurePage} />
        <Route path="/link" component={LinkDesktop} />
        <Route path="/devices" component={MyDevices} />
        <Route default component={NotFound} />
      </Router>
    </PortalLayout>
  );
}

function NotFound() {
  const t = useT(portalStrings);
  return (
    <section>
      <h1>{t('notFound')}</h1>
      <a href="/procedures">{t('back')}</a>
    </section>
  );
}

function ErrorPage({ message, onRetry }: { message: string; onRetry(): void }) {
  const t = useT(portalStrings);
  return (
    <main id="main" class="page-error">
      <p role="alert">{message}</p>
      <button type="button" class="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </main>
  );
}
