import { registerEnumType } from '@nestjs/graphql';

export const SegmentKindEnum = { EQUAL: 'EQUAL', INSERTED: 'INSERTED', DELETED: 'DELETED' } as const;
export const LineChangeEnum = { UNCHANGED: 'UNCHANGED', ADDED: 'ADDED', REMOVED: 'REMOVED', CHANGED: 'CHANGED' } as const;
registerEnumType(SegmentKindEnum, { name: 'SegmentKind' });
registerEnumType(LineChangeEnum, { name: 'LineChange' });
