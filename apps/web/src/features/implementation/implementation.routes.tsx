import type { RouteObject } from 'react-router';
import { ImplementationDetailPage } from './implementation-detail.page';
import { ImplementationMatrixPage } from './implementation-matrix.page';

export const implementationRoutes: RouteObject[] = [
  { path: 'implementation', element: <ImplementationMatrixPage /> },
  { path: 'implementation/:version/:state', element: <ImplementationDetailPage /> },
];
