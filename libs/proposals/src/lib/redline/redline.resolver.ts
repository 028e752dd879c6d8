import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders } from '@concord/shared/graphql';
import { ChangeKind } from '../change-set/change';
import { ProposalChange } from '../proposals/proposal-change.model';
import { BaseEntriesService } from './base-entries.service';
import { redlineDefinition, redlineEntry } from './redline';
import { Redline } from './redline.model';

@Resolver(() => ProposalChange)
export class RedlineResolver {
  constructor(private readonly baseEntries: BaseEntriesService) {}

  @ResolveField(() => Redline, { description: 'This change against the base release.' })
  async redline(@Parent() change: ProposalChange, @Loaders() loaders: RequestLoaders): Promise<Redline> {
    const c = change.change;
    switch (c.kind) {
      case ChangeKind.ADD_ENTRY:
        return redlineEntry(undefined, c.entry);
      case ChangeKind.AMEND_ENTRY:
      case ChangeKind.REMOVE_ENTRY: {
        const base = await loaders.get(this.baseEntries.entries).load(`${change.baseReleaseId} ${c.code}`);
        return redlineEntry(base ?? undefined, c.kind === ChangeKind.AMEND_ENTRY ? c.entry : undefined);
      }
      case ChangeKind.ADD_DEFINITION:
        return redlineDefinition(undefined, c.definition);
      case ChangeKind.AMEND_DEFINITION:
      case ChangeKind.REMOVE_DEFINITION: {
        const base = await loaders.get(this.baseEntries.definitions).load(`${change.baseReleaseId} ${c.term}`);
        return redlineDefinition(base ?? undefined, c.kind === ChangeKind.AMEND_DEFINITION ? c.definition : undefined);
      }
    }
  }
}
