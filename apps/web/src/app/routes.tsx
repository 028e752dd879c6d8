import type { RouteObject } from 'react-router';
import { homeRoutes } from '../features/home/home.routes';
import { proposalsRoutes } from '../features/proposals/proposals.routes';
import { deliberationRoutes } from '../features/deliberation/deliberation.routes';
import { ballotsRoutes } from '../features/ballots/ballots.routes';
import { draftingRoutes } from '../features/drafting/drafting.routes';
import { NotFoundPage } from './not-found.page';
import { RequireSession } from './session/require-session';
import { SignInPage } from './session/sign-in.page';
import { NavItem, Shell } from './shell/shell';

// Each feature brings its own routes; the menu lists the features a delegation works in, in the order of its day.
const features = [homeRoutes, deliberationRoutes, ballotsRoutes, proposalsRoutes, draftingRoutes];

const nav: NavItem[] = [
  { to: '/', label: 'app.nav.home' },
  { to: '/list', label: 'app.nav.list' },
  { to: '/proposals', label: 'app.nav.proposals' },
  { to: '/ballots', label: 'app.nav.ballots' },
];

export const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
  {
    element: (
      <RequireSession>
        <Shell nav={nav} />
      </RequireSession>
    ),
    children: [...features.flat(), { path: '*', element: <NotFoundPage /> }],
  },
];
