import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Immutable } from '@concord/shared/graphql';
import type { ChangeMeaning, Renumbering } from './classify-change';
import type { ScopeDirection } from './parameter-changes';
import type { Comparator } from './thresholds';

// The classifier speaks string unions (plain data for the CLI); GraphQL needs them as enums.
export const ChangeMeaningEnum = {
  NEW_CONTROL: 'NEW_CONTROL',
  DECONTROL: 'DECONTROL',
  BROADENED: 'BROADENED',
  NARROWED: 'NARROWED',
  REASONS_CHANGED: 'REASONS_CHANGED',
  RENUMBERED: 'RENUMBERED',
  EDITORIAL: 'EDITORIAL',
} as const;
export const ComparatorEnum = { ABOVE: 'ABOVE', AT_LEAST: 'AT_LEAST', BELOW: 'BELOW', AT_MOST: 'AT_MOST' } as const;
export const ScopeDirectionEnum = { BROADENED: 'BROADENED', NARROWED: 'NARROWED' } as const;
export const RenumberingKindEnum = { ENTRY: 'ENTRY', PARAGRAPH: 'PARAGRAPH' } as const;

registerEnumType(ChangeMeaningEnum, {
  name: 'ChangeMeaning',
  description:
    'What a change does to what is controlled. NEW_CONTROL: an entry or item appeared; DECONTROL: one went, or a decontrol note was added; ' +
    'BROADENED/NARROWED: a parameter bound moved (or a decontrol note went: BROADENED); REASONS_CHANGED; RENUMBERED: same text, new path or code; ' +
    'EDITORIAL: wording only, and only when nothing else applies.',
});
registerEnumType(ComparatorEnum, { name: 'ThresholdComparator', description: 'ABOVE "exceeding X", AT_LEAST "X or more", BELOW "less than X", AT_MOST "not exceeding X".' });
registerEnumType(ScopeDirectionEnum, { name: 'ScopeDirection' });
registerEnumType(RenumberingKindEnum, { name: 'RenumberingKind' });

@ObjectType({ description: 'A parameter bound read from item text, e.g. "exceeding 120 Gbit/s".' })
export class ParameterThreshold {
  @Immutable()
  @Field(() => ComparatorEnum)
  comparator: Comparator;

  @Immutable()
  @Field(() => Float, { description: 'As written.' })
  value: number;

  @Immutable()
  @Field({ description: 'As written, e.g. Gbit/s.' })
  unit: string;

  @Immutable()
  @Field({ description: 'The words it was read from.' })
  text: string;
}

@ObjectType({ description: 'A parameter bound that moved, and which way that moved the control.' })
export class ParameterChange {
  @Immutable()
  @Field()
  path: string;

  @Immutable()
  @Field(() => ParameterThreshold)
  before: ParameterThreshold;

  @Immutable()
  @Field(() => ParameterThreshold)
  after: ParameterThreshold;

  @Immutable()
  @Field(() => ScopeDirectionEnum, { description: 'NARROWED: fewer items are caught (e.g. a lower bound raised).' })
  direction: ScopeDirection;
}

@ObjectType({ description: 'An old path (or entry code) and the new one it became.' })
export class PathRenumbering {
  @Immutable()
  @Field()
  oldPath: string;

  @Immutable()
  @Field()
  newPath: string;

  @Immutable()
  @Field(() => RenumberingKindEnum)
  kind: Renumbering['kind'];
}

@ObjectType({ description: 'What a change means for the scope of control, with the evidence a reader checks.' })
export class ChangeClassification {
  @Immutable()
  @Field(() => [ChangeMeaningEnum], { description: 'One or several; EDITORIAL only alone.' })
  meanings: ChangeMeaning[];

  @Immutable()
  @Field(() => [ParameterChange])
  parameters: ParameterChange[];

  @Immutable()
  @Field(() => [PathRenumbering])
  renumbered: PathRenumbering[];
}
