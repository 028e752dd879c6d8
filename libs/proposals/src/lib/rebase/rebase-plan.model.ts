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

@ObjectType({ description: 'What moving the proposal onto the latest release would take.' })
export class RebasePlan {
  @Field({ description: 'The release the current revision was written against.' })
  baseVersion: string;

  @Field({ description: 'The latest published release.' })
  latestVersion: string;

  @Field({ description: 'True when the current revision is already written against the latest release.' })
  upToDate: boolean;

  @Field(() => [RebaseMerge], { description: 'Changes that must be supplied again, merged with the newer text; empty when the changes carry over.' })
  merges: RebaseMerge[];
}
