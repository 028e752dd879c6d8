import type { Request, Response } from 'express';
import { ConcordConfig } from '@concord/shared/config';

export const REFRESH_COOKIE = 'concord_refresh';
/** Sent by the browser only to the refresh and sign-out endpoints, never with GraphQL calls. */
export const REFRESH_COOKIE_PATH = '/auth';

export function setRefreshCookie(res: Response | undefined, config: ConcordConfig, token: string, expiresAt: Date): void {
  res?.cookie(REFRESH_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.environment === 'production',
    path: REFRESH_COOKIE_PATH,
    expires: expiresAt,
  });
}

export function clearRefreshCookie(res: Response | undefined, config: ConcordConfig): void {
  res?.clearCookie(REFRESH_COOKIE, { httpOnly: true, sameSite: 'strict', secure: config.environment === 'production', path: REFRESH_COOKIE_PATH });
}

/** The refresh token from the Cookie header (no cookie-parser needed for one cookie). */
export function refreshCookieOf(req: Request): string | undefined {
  const header = req.headers?.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === REFRESH_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}
