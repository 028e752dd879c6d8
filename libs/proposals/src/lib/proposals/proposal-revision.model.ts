import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Justification } from './justification.model';
import { RevisionMergeModel } from '../rebase/revision-merge.model';
import { ProposalRevisionEntity } from './proposal-revision.entity';
import { ProposalChange } from './proposal-change.model';

@ObjectType({ description: 'One version of a proposal (r1, r2, …). A ballot is on one revision.' })
export class ProposalRevision {
  @Field(() => Int)
  number: number;

  @Field()
  title: string;

  @Field()
  rationale: string;

  @Field(() => Justification)
  justification: Justification;

  @Field(() => [ProposalChange])
  changes: ProposalChange[];

  @Field(() => [String], { description: 'Quoted terms that resolve to no definition, and similar advice.' })
  warnings: string[];

  @Field()
  createdAt: Date;

  @Field(() => [RevisionMergeModel], { description: 'On a rebase: the changes whose base had moved, merged by the sponsor.' })
  merges: RevisionMergeModel[];

  proposalId: string;
  createdById: string;
  baseReleaseId: string;

  static from(entity: ProposalRevisionEntity): ProposalRevision {
    return Object.assign(new ProposalRevision(), {
      number: entity.number,
      title: entity.title,
      rationale: entity.rationale,
      justification: entity.justification,
      changes: entity.changes.map((change, index) => ProposalChange.from(change, index, entity.baseReleaseId)),
      warnings: entity.warnings,
      merges: entity.merges.map(RevisionMergeModel.from),
      createdAt: entity.createdAt,
      proposalId: entity.proposalId,
      createdById: entity.createdById,
      baseReleaseId: entity.baseReleaseId,
    });
  }
}
