import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/session/require-role';
import { InProcessPage } from './in-process.page';

export const secretariatRoutes: RouteObject[] = [
  {
    path: 'secretariat/in-process',
    element: (
      <RequireRole role="SECRETARIAT">
        <InProcessPage />
      </RequireRole>
    ),
  },
];
