import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ProposalReturnEntity } from './proposal-return.entity';

@ObjectType({ description: 'The secretariat returned the adopted proposal to review: it must be balloted again.' })
export class ProposalReturn {
  @Field()
  reason: string;

  @Field()
  returnedAt: Date;

  @Field(() => Int, { description: 'The revision that had been adopted.' })
  revision: number;

  returnedById: string;

  static from(entity: ProposalReturnEntity): ProposalReturn {
    return Object.assign(new ProposalReturn(), {
      reason: entity.reason,
      returnedAt: entity.returnedAt,
      revision: entity.revisionNumber,
      returnedById: entity.returnedById,
    });
  }
}
