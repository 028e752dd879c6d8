import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AuditEventEntity } from '../chain/audit-event.entity';
import { ChainVersion, contentHash } from '../chain/chain-hash';

/**
 * One link of the hash-chained audit trail, every field but the action's GraphQL type: that enum gathers the actions of
 * libraries above this one, so the API assembles it and auditLogResolver() declares the concrete AuditEvent with it.
 * A reader who may not see an event gets it redacted: its place in the chain and the digest of what it hides.
 */
@ObjectType({ isAbstract: true })
export class AuditEvent {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Position in the chain, from 1, without gaps.' })
  sequence: number;

  @Field()
  occurredAt: Date;

  @Field({ description: 'True when the reader may not see this event: only its chain fields and contentHash are given.' })
  redacted: boolean;

  @Field(() => String, { nullable: true, description: 'USER, API_CLIENT or SYSTEM. Null when redacted.' })
  actorKind: string | null;

  @Field(() => String, { nullable: true, description: "The user's or API client's id; the system part's name for SYSTEM." })
  actorId: string | null;

  @Field(() => ID, { nullable: true })
  stateId: string | null;

  @Field(() => String, { nullable: true })
  stateCode: string | null;

  /** The stored value of some library's …AuditAction, e.g. `proposal.submitted`; null when redacted. */
  action: string | null;

  @Field(() => String, { nullable: true, description: 'The action as stored and hashed (e.g. `proposal.submitted`); `action` is its GraphQL name. Null when redacted.' })
  actionValue: string | null;

  @Field(() => String, { nullable: true, description: 'Null when redacted.' })
  objectType: string | null;

  @Field(() => String, { nullable: true, description: 'Null when redacted.' })
  objectId: string | null;

  @Field(() => String, { nullable: true, description: 'What changed, as canonical JSON (RFC 8785) text. Null when redacted.' })
  summary: string | null;

  @Field(() => Int, { description: '1: hash over every field (only full readers can recompute it); 2: hash over the link and contentHash.' })
  chainVersion: number;

  @Field(() => String, { nullable: true, description: 'Version 2: SHA-256 of the salted canonical content (docs/integrity-audit.md).' })
  contentHash: string | null;

  @Field(() => String, { nullable: true, description: "Version 2: the content digest's salt. Null when redacted." })
  contentSalt: string | null;

  @Field({ description: 'Hash of the previous event (64 zeros for the first).' })
  prevHash: string;

  @Field({ description: 'Version 1: SHA-256(prevHash || canonical event). Version 2: SHA-256 of the canonical link.' })
  hash: string;

  static from(event: AuditEventEntity, stateCode: string | null, canonicalSummary: string, visible: boolean): AuditEvent {
    const digest = event.chainVersion === ChainVersion.CONTENT_DIGEST && event.contentSalt ? contentHash(event, event.contentSalt) : null;
    const chain = {
      id: event.id,
      sequence: event.sequence,
      occurredAt: event.occurredAt,
      chainVersion: event.chainVersion,
      contentHash: digest,
      prevHash: event.prevHash,
      hash: event.hash,
    };
    if (!visible) {
      return Object.assign(new AuditEvent(), {
        ...chain,
        redacted: true,
        actorKind: null,
        actorId: null,
        stateId: null,
        stateCode: null,
        action: null,
        actionValue: null,
        objectType: null,
        objectId: null,
        summary: null,
        contentSalt: null,
      });
    }
    return Object.assign(new AuditEvent(), {
      ...chain,
      redacted: false,
      actorKind: event.actorKind,
      actorId: event.actorId,
      stateId: event.stateId,
      stateCode,
      action: event.action,
      actionValue: event.action,
      objectType: event.objectType,
      objectId: event.objectId,
      summary: canonicalSummary,
      contentSalt: event.contentSalt,
    });
  }
}
