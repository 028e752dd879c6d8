import type { RouteObject } from 'react-router';
import { homeRoutes } from '../features/home/home.routes';
import { listRoutes } from '../features/list/list.routes';
import { releasesRoutes } from '../features/releases/releases.routes';
import { draftingRoutes } from '../features/drafting/drafting.routes';
import { proposalsRoutes } from '../features/proposals/proposals.routes';
import { accountPublicRoutes, accountRoutes } from '../features/account/account.routes';
import { ballotsRoutes } from '../features/ballots/ballots.routes';
import { deliberationRoutes } from '../features/deliberation/deliberation.routes';
import { auditRoutes } from '../features/audit/audit.routes';
import { secretariatRoutes } from '../features/secretariat/secretariat.routes';
import { registryRoutes } from '../features/registry/registry.routes';
import { implementationRoutes } from '../features/implementation/implementation.routes';
import { NotFoundPage } from './not-found.page';
import { RequireSession } from './session/require-session';
import { SignInPage } from './session/sign-in.page';
import { NavItem, Shell } from './shell/shell';

// Each feature brings its own routes; the menu lists the features a delegation works in, in the order of its day.
const features = [homeRoutes, accountRoutes, auditRoutes, secretariatRoutes, registryRoutes, ballotsRoutes, deliberationRoutes, proposalsRoutes, listRoutes, releasesRoutes, draftingRoutes, implementationRoutes];

const nav: NavItem[] = [
  { to: '/', label: 'app.nav.home' },
  { to: '/list', label: 'app.nav.list' },
  { to: '/releases', label: 'app.nav.releases' },
  { to: '/proposals', label: 'app.nav.proposals' },
  { to: '/ballots', label: 'app.nav.ballots' },
  { to: '/implementation', label: 'app.nav.implementation' },
  { to: '/secretariat/in-process', label: 'app.nav.inProcess', roles: ['SECRETARIAT'] },
  { to: '/secretariat/next-release', label: 'app.nav.nextRelease', roles: ['SECRETARIAT'] },
  { to: '/secretariat/registry', label: 'app.nav.registry', roles: ['SECRETARIAT'] },
  { to: '/audit', label: 'app.nav.audit' },
  { to: '/inbox', label: 'app.nav.inbox' },
  { to: '/account', label: 'app.nav.account' },
];

export const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
  ...accountPublicRoutes,
  {
    element: (
      <RequireSession>
        <Shell nav={nav} />
      </RequireSession>
    ),
    children: [...features.flat(), { path: '*', element: <NotFoundPage /> }],
  },
];
