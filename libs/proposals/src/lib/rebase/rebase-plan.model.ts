import { Field, ObjectType } from '@nestjs/graphql';
import { RebaseMerge } from './rebase-merge.model';

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
