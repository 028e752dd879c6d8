import { ListTranslationEntity } from '../translations/list-translation.entity';
import { ReleaseCorrelationEntity } from './release-correlation.entity';
import { ReleaseDefinitionTextEntity } from './release-definition-text.entity';
import { ReleaseDefinitionEntity } from './release-definition.entity';
import { ReleaseEntryEntity } from './release-entry.entity';
import { ReleaseHeadingTextEntity } from './release-heading-text.entity';
import { ReleaseParagraphTextEntity } from './release-paragraph-text.entity';
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
  ReleaseParagraphTextEntity,
  ReleaseHeadingTextEntity,
  ReleaseDefinitionTextEntity,
  ListTranslationEntity,
];
