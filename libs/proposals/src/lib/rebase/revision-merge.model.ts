import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MergeReason, RevisionMerge } from './revision-merge';

registerEnumType(MergeReason, { name: 'MergeReason', description: 'Why a change must be merged by hand on a rebase.' });

@ObjectType('RevisionMerge', { description: 'A change whose base moved in a newer release, merged by the sponsor on a rebase.' })
export class RevisionMergeModel implements RevisionMerge {
  @Field(() => Int, { description: 'Index of the change in the revision that was rebased.' })
  changeIndex: number;

  @Field(() => String, { nullable: true })
  code: string | null;

  @Field(() => String, { nullable: true })
  term: string | null;

  @Field(() => MergeReason)
  reason: MergeReason;

  static from(merge: RevisionMerge): RevisionMergeModel {
    return Object.assign(new RevisionMergeModel(), merge);
  }
}
