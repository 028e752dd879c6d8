import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AuditEventEntity } from '../chain/audit-event.entity';

/**
 * One link of the hash-chained audit trail, every field but the action's GraphQL type: that enum gathers the actions of
 * libraries above this one, so the API assembles it and auditLogResolver() declares the concrete AuditEvent with it.
 */
@ObjectType({ isAbstract: true })
export class AuditEvent {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Position in the chain, from 1, without gaps.' })
  sequence: number;

  @Field()
  occurredAt: Date;

  @Field({ description: 'USER, API_CLIENT or SYSTEM.' })
  actorKind: string;

  @Field(() => String, { nullable: true, description: "The user's or API client's id; the system part's name for SYSTEM." })
  actorId: string | null;

  @Field(() => ID, { nullable: true })
  stateId: string | null;

  @Field(() => String, { nullable: true })
  stateCode: string | null;

  /** The stored value of some library's …AuditAction, e.g. `proposal.submitted`. */
  action: string;

  @Field()
  objectType: string;

  @Field()
  objectId: string;

  @Field({ description: 'What changed, as canonical JSON (RFC 8785) text.' })
  summary: string;

  @Field({ description: 'Hash of the previous event (64 zeros for the first).' })
  prevHash: string;

  @Field({ description: 'SHA-256 over prevHash followed by the canonical JSON of this event.' })
  hash: string;

  static from(event: AuditEventEntity, stateCode: string | null, canonicalSummary: string): AuditEvent {
    return Object.assign(new AuditEvent(), {
      id: event.id,
      sequence: event.sequence,
      occurredAt: event.occurredAt,
      actorKind: event.actorKind,
      actorId: event.actorId,
      stateId: event.stateId,
      stateCode,
      action: event.action,
      objectType: event.objectType,
      objectId: event.objectId,
      summary: canonicalSummary,
      prevHash: event.prevHash,
      hash: event.hash,
    });
  }
}
