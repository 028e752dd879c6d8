import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/session/require-role';
import { ApiClientsPage } from './api-clients.page';
import { PeoplePage } from './people.page';
import { StatesPage } from './states.page';
import { WebhookPage } from './webhook.page';

export const registryRoutes: RouteObject[] = [
  {
    path: 'secretariat/registry',
    element: (
      <RequireRole role="SECRETARIAT">
        <StatesPage />
      </RequireRole>
    ),
  },
  {
    path: 'secretariat/registry/people',
    element: (
      <RequireRole role="SECRETARIAT">
        <PeoplePage />
      </RequireRole>
    ),
  },
  {
    path: 'secretariat/registry/api-clients',
    element: (
      <RequireRole role="SECRETARIAT">
        <ApiClientsPage />
      </RequireRole>
    ),
  },
  {
    path: 'secretariat/registry/webhooks/:id',
    element: (
      <RequireRole role="SECRETARIAT">
        <WebhookPage />
      </RequireRole>
    ),
  },
];
