import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ChangeClassification, classifyEntryChange, DEFINITION_CHANGE_MEANING } from '@concord/control-list';
import type { ListEntry } from '@concord/control-list';
import { Immutable } from '@concord/shared/graphql';
import { ChangeSubject } from '../changes/release-change.entity';
import { ReleaseChange } from '../graphql/release-pull.models';

/**
 * What a changelog line means for the scope of control. Diffs and changelogs classify their lines together (an
 * entry moved to another code is one RENUMBERED, not a decontrol and a new control); a line on its own, as in a
 * draft's preview, is classified from its before and after.
 */
@Resolver(() => ReleaseChange)
export class ReleaseChangeMeaningResolver {
  @Immutable()
  @ResolveField(() => ChangeClassification, { description: 'What this change does to what is controlled, with the moved thresholds and renumbered paths.' })
  meaning(@Parent() change: ReleaseChange): ChangeClassification {
    if (change.meaning) return change.meaning;
    if (change.subject === ChangeSubject.DEFINITION) return { ...DEFINITION_CHANGE_MEANING };
    return classifyEntryChange((change.before as ListEntry | null) ?? undefined, (change.after as ListEntry | null) ?? undefined);
  }
}
