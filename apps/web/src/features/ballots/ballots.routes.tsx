import type { RouteObject } from 'react-router';
import { BallotPage } from './ballot.page';
import { BallotsPage } from './ballots.page';

export const ballotsRoutes: RouteObject[] = [
  { path: 'ballots', element: <BallotsPage /> },
  { path: 'ballots/:id', element: <BallotPage /> },
];
