import { Field, ObjectType } from '@nestjs/graphql';
import { ReleaseChange } from './release-pull.models';
import { ReleaseConflict } from './release-conflict.model';
import { DraftProposal } from './draft-proposal.model';
import { ListSummary } from './list-summary.model';

@ObjectType({ description: 'The latest release with adopted proposals applied in adoption order: what the next release would be.' })
export class ReleaseDraft {
  @Field(() => String, { nullable: true, description: 'The release the draft starts from.' })
  baseVersion: string | null;

  @Field(() => [DraftProposal], { description: 'In adoption order (decision time, then reference).' })
  proposals: DraftProposal[];

  @Field(() => ListSummary)
  summary: ListSummary;

  @Field(() => [ReleaseChange], { description: 'The changelog against the base release.' })
  changes: ReleaseChange[];

  @Field(() => [ReleaseConflict])
  conflicts: ReleaseConflict[];

  @Field({ description: 'True when there is something to publish and nothing in conflict: exactly when publishRelease would accept it.' })
  publishable: boolean;

  @Field({ description: 'The version to publish it as: the next one after the base release (versions have no gaps).' })
  suggestedVersion: string;
}
