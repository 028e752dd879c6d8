import { Controller, HttpCode, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ConcordConfig, InjectConfig } from '@concord/shared/config';
import { DomainError, DomainErrorHttpFilter, forbidden, unauthenticated } from '@concord/shared/graphql';
import { Public } from '../authorization/authorize.decorator';
import { clearRefreshCookie, refreshCookieOf, setRefreshCookie } from './refresh-cookie';
import { SessionsService } from './sessions.service';
import { AuthErrorReason } from '../auth-error-reason';

/** A header a cross-site form cannot send, on top of SameSite=Strict. */
const CSRF_HEADER = 'concord-refresh';

/**
 * The web application's session endpoints. The refresh token lives in an httpOnly, SameSite=Strict cookie scoped to
 * `/auth`, so scripts never read it and it never travels with GraphQL requests.
 */
@Controller('auth')
@UseFilters(DomainErrorHttpFilter)
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    @InjectConfig() private readonly config: ConcordConfig,
  ) {}

  /** `POST /auth/refresh` → `{ accessToken, expiresAt }` and the next refresh cookie. */
  @Post('refresh')
  @HttpCode(200)
  @Public()
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    this.assertNotCrossSite(req);
    const token = refreshCookieOf(req);
    if (!token) throw unauthenticated('No session cookie: sign in', AuthErrorReason.SESSION_ENDED);
    try {
      const issued = await this.sessions.refresh(token);
      setRefreshCookie(res, this.config, issued.refreshToken, issued.sessionExpiresAt);
      return { accessToken: issued.accessToken, expiresAt: issued.expiresAt.toISOString() };
    } catch (error) {
      if (error instanceof DomainError) clearRefreshCookie(res, this.config);
      throw error;
    }
  }

  /** `POST /auth/sign-out`: ends this device's session and clears its cookie. */
  @Post('sign-out')
  @HttpCode(204)
  @Public()
  async signOut(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    this.assertNotCrossSite(req);
    const token = refreshCookieOf(req);
    if (token) await this.sessions.endByRefreshToken(token);
    clearRefreshCookie(res, this.config);
  }

  private assertNotCrossSite(req: Request): void {
    if (req.headers[CSRF_HEADER] !== '1') throw forbidden(`Send the header "${CSRF_HEADER}: 1"`, AuthErrorReason.CSRF_HEADER_MISSING);
  }
}
