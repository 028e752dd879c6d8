import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { logRequestErrors } from './error-log';
import { DomainError, ErrorCode } from './errors';

const STATUS: Record<ErrorCode, number> = {
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.RATE_LIMITED]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.INTERNAL]: HttpStatus.INTERNAL_SERVER_ERROR,
};

/** The same refusals as over GraphQL (code, reason, message), with the matching HTTP status, for plain HTTP routes. */
@Catch(DomainError)
export class DomainErrorHttpFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: DomainError, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    // The same log as GraphQL's: a refusal is one WARN line, never an ERROR with a stack.
    logRequestErrors(this.logger, `${request.method} ${request.path}`, [{ code: error.code, reason: error.reason, cause: error }]);
    const response = host.switchToHttp().getResponse<Response>();
    if (error.code === ErrorCode.UNAUTHENTICATED) response.setHeader('WWW-Authenticate', 'Bearer, ApiKey');
    response.status(STATUS[error.code]).json({ code: error.code, reason: error.reason, message: error.message });
  }
}
