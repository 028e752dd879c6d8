import type { RouteObject } from 'react-router';
import { ReleasePrintPage } from './release-print.page';
import { ReleasesPage } from './releases.page';

export const releasesRoutes: RouteObject[] = [
  { path: 'releases', element: <ReleasesPage /> },
  { path: 'releases/:version/print', element: <ReleasePrintPage /> },
];
