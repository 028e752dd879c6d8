import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlContextType } from '@nestjs/graphql';

/**
 * Nest's default handler logs whatever a resolver, guard or pipe throws as an ERROR with its stack, refusals
 * included, and Apollo then reports the same error again. In GraphQL the error is passed on untouched, so that it is
 * logged once, by the error log (refusals WARN, internal errors ERROR); elsewhere Nest's default handling applies.
 */
@Catch()
export class GraphQLErrorPassThrough extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType<GqlContextType>() === 'graphql') throw exception;
    super.catch(exception, host);
  }
}
