import { Field, ObjectType } from '@nestjs/graphql';
import { ParticipatingState } from '@concord/auth';
import { Release } from '@concord/control-list';
import { NationalImplementation } from '../records/national-implementation.model';

@ObjectType({
  description: 'What is law in a state on a day: the latest release it implemented whose national act had entered into force by then (none before its first).',
})
export class InForce {
  @Field(() => ParticipatingState)
  state: ParticipatingState;

  @Field({ description: 'The day asked about, YYYY-MM-DD.' })
  on: string;

  @Field(() => Release, { nullable: true, description: 'Null when no implemented release had entered into force in the state on that day.' })
  release: Release | null;

  @Field(() => NationalImplementation, { nullable: true, description: "The state's record for that release: status, legal reference, date, deviations." })
  implementation: NationalImplementation | null;
}
