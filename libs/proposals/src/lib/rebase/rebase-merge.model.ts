import { Field, ObjectType } from '@nestjs/graphql';
import { RevisionMerge } from './revision-merge';
import { RevisionMergeModel } from './revision-merge.model';

@ObjectType({ description: 'A change of the current revision whose base moved in a newer release.' })
export class RebaseMerge extends RevisionMergeModel {
  @Field({ description: 'What to do, in words.' })
  message: string;

  static withMessage(merge: RevisionMerge, message: string): RebaseMerge {
    return Object.assign(new RebaseMerge(), { ...merge, message });
  }
}
