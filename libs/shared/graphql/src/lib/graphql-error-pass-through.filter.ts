import { ArgumentsHost, Catch, HttpException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlContextType } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { ErrorCode } from './errors';
import { CommonErrorReason } from './common-error-reason';

/** Refusals of a body before Apollo reads it, by HTTP status. */
const BODY_REFUSALS: Record<number, { reason: string; message: string }> = {
  400: { reason: CommonErrorReason.MALFORMED_REQUEST, message: 'The request body could not be read: send JSON with a "query" string' },
  413: { reason: CommonErrorReason.REQUEST_TOO_LARGE, message: 'The request body is larger than this server accepts' },
  415: { reason: CommonErrorReason.UNSUPPORTED_MEDIA_TYPE, message: 'Send the request as application/json' },
};

/** The 4xx status of what body-parser (http-errors) or Nest threw, if it is one. */
function clientErrorStatus(exception: unknown): number | undefined {
  const status =
    exception instanceof HttpException ? exception.getStatus() : ((exception as { status?: unknown; statusCode?: unknown })?.status ?? (exception as { statusCode?: unknown })?.statusCode);
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

/**
 * Nest's default handler logs whatever a resolver, guard or pipe throws as an ERROR with its stack, refusals
 * included, and Apollo then reports the same error again. In GraphQL the error is passed on untouched, so that it is
 * logged once, by the error log (refusals WARN, internal errors ERROR). A body refused at /graphql before Apollo saw
 * it (too large, not JSON) is answered as a GraphQL error with the same status, so a client reads every refusal the
 * same way; elsewhere Nest's default handling applies.
 */
@Catch()
export class GraphQLErrorPassThrough extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType<GqlContextType>() === 'graphql') throw exception;
    const http = host.switchToHttp();
    const status = clientErrorStatus(exception);
    if (status !== undefined && http.getRequest<Request>().path === '/graphql') {
      const refusal = BODY_REFUSALS[status] ?? BODY_REFUSALS[400];
      http
        .getResponse<Response>()
        .status(status)
        .json({ errors: [{ message: refusal.message, extensions: { code: ErrorCode.BAD_USER_INPUT, reason: refusal.reason } }] });
      return;
    }
    super.catch(exception, host);
  }
}
