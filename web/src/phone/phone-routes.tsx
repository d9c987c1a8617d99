import { lazy, Route, Router } from 'preact-iso';
import { useT } from '../platform/i18n.js';
import { PhoneHome } from './phone-home.js';
import { PhoneLayout } from './phone-layout.js';
import { phoneStrings } from './strings.js';
import './phone.css';

// 'Add a document' loads on demand: the home screen stays small (DESIGN.md budgets).
const AddDocument = lazy(() => import('../add-document/add-document-page.js'));
const LinkPhone = lazy(() => import('../link/link-phone-page.js').then((module) => module.LinkPhonePage));
const Unlock = lazy(() => import('./unlock-page.js').then((module) => module.UnlockPage));
const Procedure = lazy(() => import('./account/procedure-page.js').then((module) => module.ProcedurePage));
const AddChoice = lazy(() => import('./account/add-choice-page.js').then((module) => module.AddChoicePage));
const Settings = lazy(() => import('./settings-page.js').then((module) => module.SettingsPage));

/** The phone's surface, under /app (the manifest's start_url). */
export default function PhoneRoutes() {
  return (
    <Router>
      <Route path="/" component={PhoneHome} />
      <Route path="/add" component={AddDocument} />
      <Route path="/add/choose" component={AddChoice} />
      <Route path="/procedures/:procedureId" component={Procedure} />
      <Route path="/link" component={LinkPhone} />
      <Route path="/unlock" component={Unlock} />
      <Route path="/settings" component={Settings} />
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
