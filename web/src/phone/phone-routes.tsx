import { Route, Router } from 'preact-iso';
import { useT } from '../platform/i18n.js';
import { PhoneHome } from './phone-home.js';
import { PhoneLayout } from './phone-layout.js';
import { phoneStrings } from './strings.js';
import './phone.css';

/** The phone's surface, under /app (the manifest's start_url). */
export default function PhoneRoutes() {
  return (
    <Router>
      <Route path="/" component={PhoneHome} />
      <Route default component={NotFound} />
    </Router>
  );
}

function NotFound() {
  const t = useT(phoneStrings);
  return (
    <PhoneLayout title={t('notFound')}>
      <a href="/app">{t('home')}</a>
    </PhoneLayout>
  );
}
