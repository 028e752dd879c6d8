import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Matches } from 'class-validator';
import { ConflictKind } from '../composition/compose-release';
import { ReleaseChange } from './release-pull.models';

registerEnumType(ConflictKind, { name: 'ReleaseConflictKind' });

@ObjectType({ description: 'Why a composed list cannot be published as it stands.' })
export class ReleaseConflict {
  @Field(() => ConflictKind)
  kind: ConflictKind;

  @Field(() => String, { nullable: true })
  code: string | null;

  @Field(() => String, { nullable: true })
  term: string | null;

  @Field(() => [String], { description: 'References of the proposals involved, earliest adopted first.' })
  proposals: string[];

  @Field()
  message: string;
}

@ObjectType()
export class DraftProposal {
  @Field(() => ID)
  id: string;

  @Field()
  reference: string;

  @Field()
  title: string;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;
}

@ObjectType()
export class ListSummary {
  @Field(() => Int)
  entries: number;

  @Field(() => Int)
  active: number;

  @Field(() => Int)
  reserved: number;

  @Field(() => Int)
  definitions: number;
}

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

@InputType()
export class PreviewReleaseInput {
  @Field(() => [ID], { description: 'Adopted proposals to include; they are applied in adoption order whatever the order here.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  proposalIds: string[];
}

@InputType()
export class PublishReleaseInput extends PreviewReleaseInput {
  @Field({ description: 'YYYY.N: the next number of the latest release\'s year, or .1 of a later year (VERSION_NOT_NEXT otherwise).' })
  @Matches(/^[0-9]{4}\.(0|[1-9][0-9]{0,5})$/, { message: 'version must be YYYY.N, e.g. 2026.1' })
  version: string;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD) from which the list applies.' })
  @IsOptional()
  @Matches(/^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/, { message: 'effectiveFrom must be YYYY-MM-DD' })
  effectiveFrom?: string | null;
}
