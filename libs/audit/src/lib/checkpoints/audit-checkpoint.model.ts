import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import canonicalize from 'canonicalize';
import { AuditCheckpointEntity } from './audit-checkpoint.entity';
import { AuditCheckpointTrigger } from './audit-checkpoint-trigger';

registerEnumType(AuditCheckpointTrigger, { name: 'AuditCheckpointTrigger', description: 'Why an audit checkpoint was signed.' });

@ObjectType({ description: "A signed statement of the audit chain's head (concord-audit-checkpoint/1). Keep it: it is what a later chain must extend." })
export class AuditCheckpoint {
  @Field(() => Int)
  sequence: number;

  @Field({ description: "The hash of the chain's event at `sequence`." })
  hash: string;

  @Field()
  at: Date;

  @Field(() => AuditCheckpointTrigger)
  trigger: AuditCheckpointTrigger;

  @Field({ description: 'The signed envelope `{ signed, signatures }` as canonical JSON (RFC 8785): what `concord verify-audit --from/--to` takes.' })
  envelope: string;

  static from(entity: AuditCheckpointEntity): AuditCheckpoint {
    return Object.assign(new AuditCheckpoint(), {
      sequence: entity.sequence,
      hash: entity.hash,
      at: entity.at,
      trigger: entity.trigger,
      envelope: canonicalize(entity.envelope)!,
    });
  }
}
