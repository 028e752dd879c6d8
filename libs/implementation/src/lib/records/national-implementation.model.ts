import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ImplementationStatus } from '../implementation-terms';
import { ImplementationRecord } from './implementation-record';

registerEnumType(ImplementationStatus, {
  name: 'ImplementationStatus',
  description: 'How far a state has brought a release into national law. A state that recorded nothing has NOT_STARTED.',
});

@ObjectType({ description: "One state's implementation of one release in its national law." })
export class NationalImplementation {
  /** Keys for the nested, batch-loaded fields. */
  releaseId: string;
  stateId: string;
  recordedById: string | null;

  @Field(() => ImplementationStatus)
  status: ImplementationStatus;

  @Field(() => String, { nullable: true, description: 'The national act that transposes the release.' })
  legalReference: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD) from which the national act applies.' })
  entryIntoForce: string | null;

  @Field(() => Int, { description: 'The revision to name as expectedRevision when recording again; 0 when nothing is recorded.' })
  revision: number;

  @Field(() => Date, { nullable: true })
  recordedAt: Date | null;

  @Field(() => Int)
  deviationCount: number;

  static from(record: ImplementationRecord): NationalImplementation {
    return Object.assign(new NationalImplementation(), {
      releaseId: record.releaseId,
      stateId: record.stateId,
      recordedById: record.recordedById,
      status: record.status,
      legalReference: record.legalReference,
      entryIntoForce: record.entryIntoForce,
      revision: record.revision,
      recordedAt: record.recordedAt,
      deviationCount: record.deviationCount,
    });
  }
}
