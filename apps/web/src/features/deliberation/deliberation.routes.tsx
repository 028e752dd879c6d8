import type { RouteObject } from 'react-router';
import { DeliberationPage } from './deliberation.page';

export const deliberationRoutes: RouteObject[] = [{ path: 'proposals/:id/deliberation', element: <DeliberationPage /> }];
