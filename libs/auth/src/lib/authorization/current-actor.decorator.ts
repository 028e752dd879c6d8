import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { requestOf } from '@concord/shared/graphql';
import { Actor, ANONYMOUS } from './actor';

export function actorOf(context: ExecutionContext): Actor {
  return (requestOf(context) as { user?: Actor }).user ?? ANONYMOUS;
}

export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext) => actorOf(context));
