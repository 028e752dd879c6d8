import type { RouteObject } from 'react-router';
import { AccountPage } from './account.page';
import { ForgotPasswordPage } from './forgot-password.page';
import { InboxPage } from './inbox.page';
import { NotificationSettingsPage } from './notification-settings.page';
import { ResetPasswordPage } from './reset-password.page';
import { SecurityPage } from './security.page';

export const accountRoutes: RouteObject[] = [
  { path: 'account', element: <AccountPage /> },
  { path: 'account/security', element: <SecurityPage /> },
  { path: 'account/notifications', element: <NotificationSettingsPage /> },
  { path: 'inbox', element: <InboxPage /> },
];

/** Reached from mail, before anyone is signed in. */
export const accountPublicRoutes: RouteObject[] = [
  { path: '/forgot-password', element: <ForgotPasswordPage /> },
  { path: '/reset-password', element: <ResetPasswordPage /> },
];
