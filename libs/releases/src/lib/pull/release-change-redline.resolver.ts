import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { ListDefinition, ListEntry } from '@concord/control-list';
import { Redline, redlineDefinition, redlineEntry } from '@concord/proposals';
import { Immutable } from '@concord/shared/graphql';
import { ChangeSubject } from '../changes/release-change.entity';
import { ReleaseChange } from '../graphql/release-pull.models';

/**
 * A changelog line as a redline, computed from its before and after (both in the list format) the way a proposal's
 * change is: field by field, paragraphs aligned by path and kind, word by word. Nothing to load: the parent has both.
 */
@Resolver(() => ReleaseChange)
export class ReleaseChangeRedlineResolver {
  @Immutable()
  @ResolveField(() => Redline, { description: 'Before against after, field by field and paragraph by paragraph, word by word.' })
  redline(@Parent() change: ReleaseChange): Redline {
    if (change.subject === ChangeSubject.DEFINITION) {
      return redlineDefinition((change.before as ListDefinition | null) ?? undefined, (change.after as ListDefinition | null) ?? undefined);
    }
    return redlineEntry((change.before as ListEntry | null) ?? undefined, (change.after as ListEntry | null) ?? undefined);
  }
}
