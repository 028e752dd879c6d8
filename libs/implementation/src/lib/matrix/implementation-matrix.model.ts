import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ParticipatingState } from '@concord/auth';
import { Release } from '@concord/control-list';
import { PageInfo } from '@concord/shared/graphql';
import { NationalImplementation } from '../records/national-implementation.model';

@ObjectType({ description: 'One release across the states: its cells are in the order of the matrix\'s states.' })
export class ImplementationMatrixRow {
  @Field(() => Release)
  release: Release;

  @Field(() => [NationalImplementation])
  cells: NationalImplementation[];
}

@ObjectType({ description: 'States × releases: a page of releases, newest first, each with every state\'s implementation.' })
export class ImplementationMatrix {
  @Field(() => [ParticipatingState], { description: 'The columns, in state-code order.' })
  states: ParticipatingState[];

  @Field(() => [ImplementationMatrixRow])
  rows: ImplementationMatrixRow[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Number of released versions, across all pages.' })
  totalCount: number;
}
