import { registerEnumType } from '@nestjs/graphql';
import { ReleaseSource, ReleaseStatus } from '../snapshots/release.entity';
import { TextKind, TextStatus } from '../translations/text-status';

// The list format declares these as string unions (plain data for integrators); GraphQL needs them as enums.
export const EntryStatusEnum = { ACTIVE: 'ACTIVE', RESERVED: 'RESERVED' } as const;
export const ParagraphKindEnum = {
  ITEM: 'ITEM',
  NOTE: 'NOTE',
  TECHNICAL_NOTE: 'TECHNICAL_NOTE',
  NB: 'NB',
  DECONTROL_NOTE: 'DECONTROL_NOTE',
} as const;
export const CustomsSchemeEnum = { HS2022: 'HS2022', CN: 'CN' } as const;
export const CorrelationRelationEnum = { SAME: 'SAME', BROADER: 'BROADER', NARROWER: 'NARROWER', PARTIAL: 'PARTIAL' } as const;

registerEnumType(ReleaseStatus, {
  name: 'ReleaseStatus',
  description: 'PUBLISHED is the list in force; SUPERSEDED was in force before a newer release.',
});
registerEnumType(ReleaseSource, { name: 'ReleaseSource', description: 'IMPORT: a baseline brought in; PROPOSALS: composed from adopted proposals.' });
registerEnumType(EntryStatusEnum, { name: 'EntryStatus', description: 'A RESERVED code was removed from the list and is never reused.' });
registerEnumType(ParagraphKindEnum, { name: 'ParagraphKind', description: 'A note belongs to the paragraph above it.' });
registerEnumType(CustomsSchemeEnum, { name: 'CustomsScheme' });
registerEnumType(CorrelationRelationEnum, { name: 'CorrelationRelation' });
registerEnumType(TextStatus, { name: 'TextStatus', description: 'AUTHENTIC: agreed by ballot, in the signed release; TRANSLATION: by a delegation, for information; MACHINE: never authentic.' });
registerEnumType(TextKind, { name: 'TextKind', description: 'What a translation unit renders: a paragraph of that kind, a HEADING or a DEFINITION.' });
