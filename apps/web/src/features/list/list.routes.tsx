import type { RouteObject } from 'react-router';
import { EntryPage } from './entry.page';
import { ListPage } from './list.page';
import { ReleaseComparePage } from './release-compare.page';
import { ReleasePage } from './release.page';

export const listRoutes: RouteObject[] = [
  { path: 'list', element: <ListPage /> },
  { path: 'list/entries/:code', element: <EntryPage /> },
  { path: 'releases/compare', element: <ReleaseComparePage /> },
  { path: 'releases/:version', element: <ReleasePage /> },
];
