import type { RouteObject } from 'react-router';
import { EditProposalPage } from './edit-proposal.page';
import { NewProposalPage } from './new-proposal.page';

export const draftingRoutes: RouteObject[] = [
  { path: 'proposals/new', element: <NewProposalPage /> },
  { path: 'proposals/:id/edit', element: <EditProposalPage /> },
];
