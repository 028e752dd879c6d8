import { Type as ClassType } from '@nestjs/common';
import { Args, ArgsType, Field, InputType, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { Actor, Authorize, CurrentActor, Permission } from '@concord/auth';
import { Connection, ConnectionType, PageArgs } from '@concord/shared/graphql';
import { AuditChainVerdict } from './audit-chain-verdict.model';
import { AuditEvent } from './audit-event.model';
import { AuditLogFilter } from './audit-log-filter.input';
import { AuditLogService } from './audit-log.service';
import { VerifyAuditChainInput } from './verify-audit-chain.input';

/** A string enum registered with registerEnumType: the GraphQL name of each action → its stored value. */
export type AuditActions = Record<string, string>;

/** GraphQL types are global to the process: an app started twice (tests, restarts) must declare them once. */
const resolvers = new WeakMap<AuditActions, ClassType<unknown>>();

/**
 * The audit queries, with `action` typed by the enum of every library's actions. The API passes that enum in
 * (AuditModule.forRoot) because the libraries that own most actions sit above this one.
 */
export function auditLogResolver(actions: AuditActions): ClassType<unknown> {
  let resolver = resolvers.get(actions);
  if (!resolver) resolvers.set(actions, (resolver = declareAuditLogResolver(actions)));
  return resolver;
}

function declareAuditLogResolver(actions: AuditActions): ClassType<unknown> {
  // The base classes already declare `action` (untyped for GraphQL), so the subclasses only redeclare it and the
  // field decorators are applied as the functions they are: TypeScript takes no decorator on a `declare` field.
  @ObjectType('AuditEvent', { description: 'One link of the hash-chained audit trail (DESIGN §8).' })
  class AuditEventWithAction extends AuditEvent {
    declare action: string | null;
  }
  Field(() => actions, { nullable: true, description: 'What happened. Null when redacted.' })(AuditEventWithAction.prototype, 'action');

  const AuditEventConnection = ConnectionType(AuditEventWithAction, 'AuditEvent');

  @InputType('AuditLogFilter')
  class AuditLogFilterWithAction extends AuditLogFilter {
    declare action?: string;
  }
  for (const decorate of [Field(() => actions, { nullable: true }), IsOptional(), IsEnum(actions)]) {
    decorate(AuditLogFilterWithAction.prototype, 'action');
  }

  @ArgsType()
  class AuditLogArgs extends PageArgs {
    @Field(() => AuditLogFilterWithAction, { nullable: true })
    @IsOptional()
    @ValidateNested()
    @Type(() => AuditLogFilterWithAction)
    filter?: AuditLogFilterWithAction;
  }

  @Resolver()
  class AuditResolver {
    constructor(private readonly log: AuditLogService) {}

    @Query(() => AuditEventConnection, {
      description:
        "The audit trail, newest first. Every event is listed; a delegation sees its own state's in full and the others redacted, " +
        "the secretariat every event but drafts' not yet disclosed. Filters on hidden fields match only events shown in full.",
    })
    @Authorize(Permission.READ_DELIBERATIONS)
    auditLog(@CurrentActor() actor: Actor, @Args() args: AuditLogArgs): Promise<Connection<AuditEvent>> {
      return this.log.list(actor, args);
    }

    @Query(() => AuditChainVerdict, {
      description: 'Recomputes the whole chain, checks it against the checkpoints given (or the newest stored), and names the first broken link. Secretariat.',
    })
    @Authorize(Permission.MANAGE_REGISTRY)
    verifyAuditChain(
      @CurrentActor() actor: Actor,
      @Args('input', { type: () => VerifyAuditChainInput, nullable: true }) input?: VerifyAuditChainInput,
    ): Promise<AuditChainVerdict> {
      return this.log.verify(actor, input ?? {});
    }
  }

  return AuditResolver;
}
