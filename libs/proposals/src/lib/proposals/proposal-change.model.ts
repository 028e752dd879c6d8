import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Change, ChangeKind } from '../change-set/change';
import { ProposedEntry } from './proposed-entry.model';
import { ProposedDefinition } from './proposed-definition.model';

@ObjectType()
export class ProposalChange {
  @Field(() => Int, { description: 'Position in the change set; comments anchor to it.' })
  index: number;

  @Field(() => ChangeKind)
  kind: ChangeKind;

  @Field(() => String, { nullable: true, description: 'The entry code the change touches.' })
  code: string | null;

  @Field(() => String, { nullable: true, description: 'The defined term the change touches.' })
  term: string | null;

  @Field(() => ProposedEntry, { nullable: true, description: 'The entry as proposed (additions and amendments).' })
  entry: ProposedEntry | null;

  @Field(() => ProposedDefinition, { nullable: true })
  definition: ProposedDefinition | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the base entry an amendment or removal was written against.' })
  baseDigest: string | null;

  change: Change;
  baseReleaseId: string;

  static from(change: Change, index: number, baseReleaseId: string): ProposalChange {
    const code = 'code' in change ? change.code : 'entry' in change ? change.entry.code : null;
    const term = 'term' in change ? change.term : change.kind === ChangeKind.ADD_DEFINITION ? change.definition.term : null;
    return Object.assign(new ProposalChange(), {
      index,
      kind: change.kind,
      code,
      term,
      entry: 'entry' in change ? ProposedEntry.from(change.entry) : null,
      definition: 'definition' in change ? change.definition : null,
      baseDigest: 'baseDigest' in change ? change.baseDigest : null,
      change,
      baseReleaseId,
    });
  }
}
