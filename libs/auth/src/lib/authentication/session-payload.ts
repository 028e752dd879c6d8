import type { Response } from 'express';
import { ConcordConfig } from '@concord/shared/config';
import { setRefreshCookie } from '../sessions/refresh-cookie';
import { IssuedSession } from '../sessions/sessions.service';
import { User } from '../users/user.model';
import { LoginPayload } from './login.payload';

/** What a sign-in answers: the access token in the body, the refresh token only in its cookie. */
export function sessionPayload(issued: IssuedSession, res: Response | undefined, config: ConcordConfig): LoginPayload {
  setRefreshCookie(res, config, issued.refreshToken, issued.sessionExpiresAt);
  const user = User.from(issued.user);
  return {
    accessToken: issued.accessToken,
    expiresAt: issued.expiresAt,
    sessionExpiresAt: issued.sessionExpiresAt,
    user,
    secondFactorEnrolmentRequired: config.secretariatTotpRequired && issued.user.role === 'SECRETARIAT' && !user.secondFactorEnabled,
  };
}
