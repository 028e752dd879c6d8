import type { RouteObject } from 'react-router';
import { ProposalPage } from './proposal.page';
import { ProposalsListPage } from './proposals-list.page';

export const proposalsRoutes: RouteObject[] = [
  { path: 'proposals', element: <ProposalsListPage /> },
  { path: 'proposals/:id', element: <ProposalPage /> },
];
