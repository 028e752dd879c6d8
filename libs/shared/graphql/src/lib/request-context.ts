import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { RequestLoaders } from './loaders';

export interface GraphQLContext {
  req: Request;
  res?: Response;
  loaders: RequestLoaders;
}

export function buildGraphQLContext({ req, res }: { req: Request; res?: Response }): GraphQLContext {
  return { req, res, loaders: new RequestLoaders() };
}

/** The request behind an HTTP or GraphQL execution context. */
export function requestOf(context: ExecutionContext): Request {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphQLContext>().req;
  }
  return context.switchToHttp().getRequest<Request>();
}

export const Loaders = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => GqlExecutionContext.create(context).getContext<GraphQLContext>().loaders,
);
