import { ReleaseCorrelationEntity } from './release-correlation.entity';
import { ReleaseDefinitionEntity } from './release-definition.entity';
import { ReleaseEntryEntity } from './release-entry.entity';
import { ReleaseParagraphEntity } from './release-paragraph.entity';
import { ReleaseReferenceEntity } from './release-reference.entity';
import { ReleaseEntity } from './release.entity';

export const CONTROL_LIST_ENTITIES = [
  ReleaseEntity,
  ReleaseEntryEntity,
  ReleaseParagraphEntity,
  ReleaseReferenceEntity,
  ReleaseCorrelationEntity,
  ReleaseDefinitionEntity,
];
