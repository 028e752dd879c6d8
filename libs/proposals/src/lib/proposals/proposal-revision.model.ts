import { Field, Int, ObjectType } from '@nestjs/graphql';
import { CustomsCorrelation, Paragraph, RelatedControls } from '@concord/control-list';
import type { EntryStatus, ListEntry } from '@concord/control-list';
import { EntryStatusEnum } from '@concord/control-list';
import { Change, ChangeKind } from '../change-set/change';
import { JustificationInput } from './justification.input';
import { RevisionMergeModel } from '../rebase/revision-merge.model';
import { ProposalRevisionEntity } from './proposal-revision.entity';

@ObjectType({ description: 'An entry as a proposal would have it.' })
export class ProposedEntry {
  @Field()
  code: string;

  @Field()
  heading: string;

  @Field(() => EntryStatusEnum)
  status: EntryStatus;

  @Field(() => [String])
  reasons: string[];

  @Field(() => [Paragraph])
  paragraphs: Paragraph[];

  @Field(() => RelatedControls)
  relatedControls: RelatedControls;

  @Field(() => [String])
  definitions: string[];

  @Field(() => [CustomsCorrelation])
  correlations: CustomsCorrelation[];

  static from(entry: ListEntry): ProposedEntry {
    return Object.assign(new ProposedEntry(), {
      ...entry,
      paragraphs: entry.paragraphs.map((paragraph, position) => ({ ...paragraph, position })),
    });
  }
}

@ObjectType()
export class ProposedDefinition {
  @Field()
  term: string;

  @Field()
  text: string;
}

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

@ObjectType({ description: 'One version of a proposal (r1, r2, …). A ballot is on one revision.' })
export class ProposalRevision {
  @Field(() => Int)
  number: number;

  @Field()
  title: string;

  @Field()
  rationale: string;

  @Field(() => JustificationInput)
  justification: JustificationInput;

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
