import { Args, Query, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, ParticipatingState, Permission } from '@concord/auth';
import { Release, ReleasesService } from '@concord/control-list';
import { ReadReplicas } from '@concord/shared/db';
import { groupByKeys, Loaders, PageArgs, RequestLoaders } from '@concord/shared/graphql';
import { notStarted } from '../records/implementation-record';
import { ImplementationReferences } from '../records/implementation-references';
import { ImplementationsService } from '../records/implementations.service';
import { NationalImplementation } from '../records/national-implementation.model';
import { ImplementationMatrix } from './implementation-matrix.model';

@Resolver(() => ImplementationMatrix)
export class ImplementationMatrixResolver {
  constructor(
    private readonly implementations: ImplementationsService,
    private readonly references: ImplementationReferences,
    private readonly releases: ReleasesService,
    private readonly replicas: ReadReplicas,
  ) {}

  /** A fixed number of statements whatever the number of states and releases on the page: releases, states, records. */
  @Query(() => ImplementationMatrix, { description: 'Which state has implemented which release: released versions newest first, each across every state.' })
  @Authorize(Permission.READ_RELEASES)
  async implementationMatrix(@CurrentActor() actor: Actor, @Args() args: PageArgs, @Loaders() loaders: RequestLoaders): Promise<ImplementationMatrix> {
    this.implementations.assertReader(actor);
    const page = await this.releases.list(actor, args);
    const releaseIds = page.edges.map((edge) => edge.node.id);
    const [states, records] = await Promise.all([
      loaders.get(this.references.allStates).load('all'),
      this.replicas.read((db) => this.implementations.recordsOf(db, releaseIds)),
    ]);
    const recordsByRelease = groupByKeys(releaseIds, records, (record) => record.releaseId);
    return {
      states: states.map(ParticipatingState.from),
      rows: page.edges.map(({ node }, i) => {
        const byState = new Map(recordsByRelease[i].map((record) => [record.stateId, record]));
        return { release: Release.from(node), cells: states.map((state) => NationalImplementation.from(byState.get(state.id) ?? notStarted(node.id, state.id))) };
      }),
      pageInfo: page.pageInfo,
      totalCount: page.totalCount,
    };
  }
}
