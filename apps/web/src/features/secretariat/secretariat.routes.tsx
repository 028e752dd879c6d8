import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/session/require-role';
import { InProcessPage } from './in-process.page';
import { NextReleasePage } from './next-release.page';

export const secretariatRoutes: RouteObject[] = [
  {
    path: 'secretariat/in-process',
    element: (
      <RequireRole role="SECRETARIAT">
        <InProcessPage />
      </RequireRole>
    ),
  },
  {
    path: 'secretariat/next-release',
    element: (
      <RequireRole role="SECRETARIAT">
        <NextReleasePage />
      </RequireRole>
    ),
  },
];
