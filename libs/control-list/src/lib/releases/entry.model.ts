import { Field, ObjectType } from '@nestjs/graphql';
import { Immutable } from '@concord/shared/graphql';
import type { EntryStatus } from '../list-document';
import type { EntryParts } from '../snapshots/entry-reader';
import type { EntryRow } from './entries.service';
import { EntryStatusEnum } from './control-list.enums';

@ObjectType({ description: 'A control-list entry as it stands in one release.' })
export class Entry {
  /** Keys for the nested, batch-loaded fields. */
  releaseId: string;
  relatedControlsText: string | null;
  /** Loaded with the page when the request selects the nested lists, so that they resolve without a batch each. */
  parts?: EntryParts;

  @Immutable()
  @Field({ description: 'e.g. 4A005.' })
  code: string;

  @Immutable()
  @Field({ description: 'The category digit, e.g. 4.' })
  category: string;

  @Immutable()
  @Field({ description: 'A systems and equipment, B test equipment, C materials, D software, E technology.' })
  productGroup: string;

  @Immutable()
  @Field()
  heading: string;

  @Immutable()
  @Field(() => EntryStatusEnum)
  status: EntryStatus;

  @Immutable()
  @Field(() => [String], { description: 'Reasons for control, e.g. HR, NS, AT.' })
  reasons: string[];

  @Immutable()
  @Field(() => [String], { description: 'Terms of the release\'s definitions that this entry uses.' })
  definitions: string[];

  static from(entity: EntryRow): Entry {
    return Object.assign(new Entry(), {
      releaseId: entity.releaseId,
      relatedControlsText: entity.relatedControlsText,
      code: entity.code,
      category: entity.code[0],
      productGroup: entity.code[1],
      heading: entity.heading,
      status: entity.status,
      reasons: entity.reasons,
      definitions: entity.definitions,
    });
  }
}
